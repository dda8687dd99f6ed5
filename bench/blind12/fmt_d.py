"""Formats: HTCondor, TensorFlow/NCCL, Ray raylet, vLLM, Firebird, Hazelcast, CBS.log, Sybase ASE, SAP HANA."""
from base import Fmt, MON, DAY, ip, hexs, uuid  # noqa: F401
from fmt_a import pytb
from fmt_b import USERS


class Condor(Fmt):
    key = 'condor'
    fname = 'SchedLog'
    label = 'condor_schedd'
    weight = 0.5

    def setup(self):
        self.pid = self.year >= 2022
        self.mypid = 2000 + self.sc.idx * 17
        self.cl = 1000 + self.sc.idx * 50

    def ts_sec(self, s):
        t = self.lt(s)
        return '%02d/%02d/%02d %02d:%02d:%02d' % (t[1], t[2], t[0] % 100, t[3], t[4], t[5])

    def rec(self, t, lv, m):
        return '\n'.join('%s %s%s' % (self.sec(t), '(pid:%d) ' % self.mypid if self.pid else '', x) for x in m.split('\n'))

    def info(self, r):
        x = r.random()
        j = '%d.%d' % (self.cl + r.randint(0, 40), r.randint(0, 9))
        node = 'slot1_%d@wn%03d.hpc.lan' % (r.randint(1, 32), r.randint(1, 120))
        if x < 0.25:
            return 'I', 'Starting add_shadow_birthdate(%s)' % j
        if x < 0.45:
            return 'I', 'Started shadow for job %s on %s <10.90.%d.%d:9618?addrs=10.90.%d.%d-9618&alias=wn%03d.hpc.lan&noUDP&sock=startd_%d_%s> for %s, (shadow pid = %d)' % (j, node, r.randint(0, 3), r.randint(2, 250), r.randint(0, 3), r.randint(2, 250), r.randint(1, 120), r.randint(1000, 9000), hexs(r, 4), r.choice(USERS), r.randint(10000, 90000))
        if x < 0.65:
            return 'I', 'Shadow pid %d for job %s exited with status 100' % (r.randint(10000, 90000), j)
        if x < 0.75:
            return 'I', 'Number of Active Workers 0'
        if x < 0.85:
            return 'I', 'Match record (%s, %s, %s, %s) deleted' % (node, j, r.choice(USERS), 'default')
        return 'I', 'Negotiating for owner: %s@hpc.lan' % r.choice(USERS)

    periodic = ((300, 'negotiate'),)

    def negotiate(self, r):
        u = r.choice(USERS)
        return [('I', 'Activity on stashed negotiator socket: <10.90.0.2:9618>'), ('I', 'Using negotiation protocol: NEGOTIATE'),
                ('I', 'Negotiating for owner: %s@hpc.lan' % u), ('I', 'Finished negotiating for %s in local pool: %d matched, %d rejected' % (u, r.randint(0, 20), r.randint(0, 5)))]

    def warn(self, r):
        return 'W', 'Failed to send alive to <10.90.%d.%d:9618>, will try again...' % (r.randint(0, 3), r.randint(2, 250))

    errors = (
        ('Shadow exception', lambda s, r: [('E', 'Shadow pid %d for job %d.%d reports job exit reason 108.' % (r.randint(10000, 90000), s.cl + r.randint(0, 40), r.randint(0, 9))),
                                           ('E', 'ERROR "Can no longer talk to condor_starter <10.90.%d.%d:9618>" at line 209 in file /var/lib/condor/execute/../src/condor_shadow.V6.1/NTreceivers.cpp' % (r.randint(0, 3), r.randint(2, 250)))]),
        ('attempt to connect failed', lambda s, r: [('E', 'attempt to connect to <10.90.%d.%d:9618> failed: Connection refused (connect errno = 111).' % (r.randint(0, 3), r.randint(2, 250)))]),
    )
    new_errors = (('held job', lambda s, r: [('E', 'Job %d.%d put on hold: Error from slot1_%d@wn%03d.hpc.lan: Failed to execute \'/home/%s/run.sh\': (errno=13: \'Permission denied\')' % (s.cl + r.randint(0, 40), r.randint(0, 9), r.randint(1, 32), r.randint(1, 120), r.choice(USERS)))]),)
    storm = ('negotiator timeout', lambda s, r: ('W', 'SECMAN: FAILED: Received "DENIED" from server for user condor_pool@hpc.lan using method PASSWORD.\nERROR: AUTHENTICATE:1003:Failed to authenticate with any method|AUTHENTICATE:1004:Failed to authenticate using PASSWORD') if r.random() < 0 else ('W', 'condor_write(): Socket closed when trying to write %d bytes to <10.90.0.2:9618>, fd is %d' % (r.randint(20, 4000), r.randint(8, 60))))

    def disk(self, r):
        return [('E', 'WriteUserLog::writeEvent failed to write event to /home/%s/jobs/job.log: No space left on device (errno 28)' % r.choice(USERS)),
                ('E', 'ERROR: Failed to write to job_queue.log: No space left on device (errno 28)')]

    def panic(self, r):
        return [('F', 'Caught signal 11: si_code=1, si_pid=0, si_uid=0, si_addr=0x%s\nStack dump for process %d at timestamp %d (%d frames)\n/usr/lib64/libcondor_utils_%s.so(_Z19dprintf_dump_stackv+0x12d)[0x7f%s]\n/usr/lib64/libcondor_utils_%s.so(_Z17unix_sig_coredumpiP9siginfo_tPv+0x4c)[0x7f%s]\n/lib64/libpthread.so.0(+0xf630)[0x7f%s]\n/usr/sbin/condor_schedd(_ZN9Scheduler18delete_shadow_recEP10shadow_rec+0x1a2)[0x55%s]\n/usr/sbin/condor_schedd(main+0x1f)[0x55%s]' % (
            hexs(r, 4), self.mypid, int(self.now), r.randint(8, 20), self.v().replace('.', '_'), hexs(r, 10), self.v().replace('.', '_'), hexs(r, 10), hexs(r, 10), hexs(r, 10), hexs(r, 10)))]

    def v(self):
        return {2018: '8.6.13', 2019: '8.8.5', 2020: '8.8.12', 2021: '9.0.6', 2022: '9.0.17', 2023: '10.0.9', 2024: '23.0.8', 2025: '24.0.5', 2026: '25.0.1'}[self.year]

    def start(self, r):
        self.mypid += r.randint(5, 500)
        return [('I', '******************************************************\n** condor_schedd (CONDOR_SCHEDD) STARTING UP\n** /usr/sbin/condor_schedd\n** SubsystemInfo: name=SCHEDD type=SCHEDD(5) class=DAEMON(1)\n** Configuration: subsystem:SCHEDD local:<NONE> class:DAEMON\n** $CondorVersion: %s %s PackageID: %s-1 $\n** $CondorPlatform: X86_64-Rocky_9.2 $\n** PID = %d\n** Log last touched time unavailable (No such file or directory)\n******************************************************' % (self.v(), 'Oct 04 %d' % (self.year - 1), self.v(), self.mypid)),
                ('I', 'Using config source: /etc/condor/condor_config'), ('I', 'Using local config sources: \n   /etc/condor/config.d/00-htcondor-9.0.config\n   /etc/condor/condor_config.local'),
                ('I', 'config Macros = 218, Sorted = 218, StringBytes = 7424, TablesBytes = 7896'), ('I', 'CLASSAD_CACHING is ENABLED'),
                ('I', 'Daemon Log is logging: D_ALWAYS D_ERROR D_STATUS'), ('I', 'SharedPortEndpoint: waiting for connections to named socket schedd_%d_%s' % (self.mypid, hexs(r, 4)))]

    def stop(self, r):
        return [('I', 'Got SIGTERM. Performing graceful shutdown.'), ('I', 'Cron: Killing all jobs'), ('I', 'All shadows are gone, exiting.'), ('I', '**** condor_schedd (condor_SCHEDD) pid %d EXITING WITH STATUS 0' % self.mypid)]


class TF(Fmt):
    def stamped(self, lv, m):
        return m[0] != 'raw'

    key = 'tensorflow'
    fname = 'train.log'
    label = 'tensorflow training job'
    res = 1e-6
    latency = True
    weight = 0.6

    def setup(self):
        self.step = 10000 * self.sc.idx
        self.host = 'gpu%02d' % (1 + self.sc.idx % 8)
        self.pid = 30000 + self.sc.idx * 7

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def absl(self, s):
        t = self.lt(s)
        return '%02d%02d %02d:%02d:%02d' % (t[1], t[2], t[3], t[4], t[5])

    def rec(self, t, lv, m):
        kind, msg = m
        if kind == 'cc':
            return '%s.%s: %s %s' % (self.sec(t), self.us(t), lv if lv in 'IWEF' else 'I', msg)
        if kind == 'absl':
            return '%s%s.%s %d %s' % (lv, self.absl(int(t)), self.us(t), 139872419940160 + self.sc.idx, msg)
        return msg

    def traffic(self, r, lat, p5):
        x = r.random()
        if x < 0.75:
            self.step += 1
            d = 0.104 * r.lognormvariate(0, 0.12) * lat
            return 'I', ('absl', 'train.py:312] step %d, loss = %.4f (%.1f examples/sec; %.3f sec/batch)' % (self.step, r.uniform(0.8, 2.5), 256 / d, d))
        if x < 0.9:
            return 'I', ('raw', '%d/%d [%s>%s] - ETA: %d:%02d - loss: %.4f - accuracy: %.4f' % ((lambda a: (a, 5000, '=' * (a * 29 // 5000), '.' * (29 - a * 29 // 5000)))(r.randint(1, 4999)) + (r.randint(0, 59), r.randint(0, 59), r.uniform(0.5, 2), r.uniform(0.5, 0.95))))
        return self.info(r)

    def info(self, r):
        x = r.random()
        if x < 0.5:
            return 'I', ('raw', '%s:%d:%d [%d] NCCL INFO Channel %02d/%02d :    0   1   2   3   4   5   6   7' % (self.host, self.pid, self.pid + r.randint(10, 90), r.randint(0, 7), r.randint(0, 7), 8))
        if x < 0.8:
            return 'I', ('cc', 'tensorflow/core/data/root_dataset.cc:%d] Optimization loop failed: CANCELLED: Operation was cancelled' % 336) if r.random() < 0.2 else ('absl', 'checkpoint_manager.py:%d] Saving checkpoint for step %d to /mnt/ckpt/run-%d/ckpt-%d' % (228, self.step, self.sc.idx, self.step // 1000))
        return 'I', ('cc', 'tensorflow/core/kernels/data/shuffle_dataset_op.cc:%d] Filling up shuffle buffer (this may take a while): %d of %d' % (392, r.randint(1000, 10000), 10000))

    def warn(self, r):
        return 'W', ('cc', 'tensorflow/core/framework/local_rendezvous.cc:%d] Local rendezvous is aborting with status: OUT_OF_RANGE: End of sequence' % 404) if r.random() < 0.5 else ('absl', 'callbacks.py:%d] Callback method `on_train_batch_end` is slow compared to the batch time (batch time: 0.0912s vs `on_train_batch_end` time: 0.1634s). Check your callbacks.' % 2404)

    errors = (
        ('NCCL WARN IB completion error', lambda s, r: [('E', ('raw', '%s:%d:%d [%d] NCCL WARN NET/IB : Got completion from peer 10.91.0.%d<%d> with error 12, opcode 32523, len 0, vendor err 129 (Recv)' % (s.host, s.pid, s.pid + 40, r.randint(0, 7), r.randint(2, 30), r.randint(30000, 60000))))]),
        ('data loader error', lambda s, r: [('E', ('cc', 'tensorflow/core/kernels/data/generator_dataset_op.cc:%d] Error occurred when finalizing GeneratorDataset iterator: FAILED_PRECONDITION: Python interpreter state is not initialized. The process may be terminated.' % 108))]),
    )
    new_errors = (('NaN loss', lambda s, r: [('E', ('absl', 'train.py:%d] Model diverged with loss = NaN at step %d' % (330, s.step)))]),)
    storm = ('NCCL connect retry', lambda s, r: ('I', ('raw', '%s:%d:%d [%d] NCCL INFO Call to connect returned Connection refused, retrying' % (s.host, s.pid, s.pid + r.randint(10, 90), r.randint(0, 7)))))

    def disk(self, r):
        return [('E', ('absl', 'checkpoint_manager.py:%d] Failed to save checkpoint: RESOURCE_EXHAUSTED: /mnt/ckpt/run-%d/ckpt-%d_temp/part-00000-of-00001.data-00000-of-00001.tempstate%d; No space left on device' % (228, self.sc.idx, self.step // 1000, r.randint(10**18, 10**19))))]

    def oom(self, r):
        sh = '[%d,%d,%d,%d]' % (r.choice([32, 64, 128]), r.choice([512, 1024]), 1024, r.choice([4, 8]))
        return [('W', ('cc', 'tensorflow/tsl/framework/bfc_allocator.cc:%d] Allocator (GPU_0_bfc) ran out of memory trying to allocate %.2fGiB (rounded to %d)requested by op Conv2DBackpropInput\nIf the cause is memory fragmentation maybe the environment variable \'TF_GPU_ALLOCATOR=cuda_malloc_async\' will improve the situation. \nCurrent allocation summary follows.\nCurrent allocation summary follows.' % (485, 2.0, 2147483648))),
                ('I', ('cc', 'tensorflow/tsl/framework/bfc_allocator.cc:%d] BFCAllocator dump for GPU_0_bfc' % 1039)),
                ('I', ('cc', 'tensorflow/tsl/framework/bfc_allocator.cc:%d] Sum Total of in-use chunks: %.2fGiB' % (1103, r.uniform(76, 79)))),
                ('W', ('cc', 'tensorflow/core/framework/op_kernel.cc:%d] OP_REQUIRES failed at conv_ops.cc:%d : RESOURCE_EXHAUSTED: OOM when allocating tensor with shape%s and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc' % (1830, 1068, sh))),
                ('E', ('raw', pytb([('/opt/train/train.py', 402, '<module>', 'main()'), ('/opt/train/train.py', 390, 'main', 'model.fit(ds, epochs=args.epochs, callbacks=cbs)'),
                                    ('/usr/local/lib/python3.10/dist-packages/keras/src/utils/traceback_utils.py', 70, 'error_handler', 'raise e.with_traceback(filtered_tb) from None'),
                                    ('/usr/local/lib/python3.10/dist-packages/tensorflow/python/eager/execute.py', 53, 'quick_execute', 'tensors = pywrap_tfe.TFE_Py_Execute(ctx._handle, device_name, op_name,')],
                                   'tensorflow.python.framework.errors_impl.ResourceExhaustedError: Graph execution error:\n\nOOM when allocating tensor with shape%s and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc\n\t [[{{node model/conv2d_transpose_3/conv2d_transpose}}]]\nHint: If you want to see a list of allocated tensors when OOM happens, add report_tensor_allocations_upon_oom to RunOptions for current allocation info. This isn\'t available when running in Eager mode.\n [Op:__inference_train_function_%d]' % (sh, r.randint(10000, 90000)))))]
    oom_restarts = True

    def panic(self, r):
        return [('E', ('raw', pytb([('/opt/train/train.py', 402, '<module>', 'main()'), ('/opt/train/train.py', 371, 'main', 'batch = next(it)'),
                                    ('/opt/train/data.py', 88, '_decode', 'img = tf.io.decode_jpeg(raw, channels=3)')],
                                   'tensorflow.python.framework.errors_impl.InvalidArgumentError: {{function_node __wrapped__DecodeJpeg_device_/job:localhost/replica:0/task:0/device:CPU:0}} Invalid JPEG data or crop window. [Op:DecodeJpeg] name: '))),
                ('F', ('raw', '%s:%d:%d [0] NCCL INFO comm 0x%s rank 0 nranks 8 cudaDev 0 busId 1b000 - Abort COMPLETE' % (self.host, self.pid, self.pid + 3, hexs(r, 12))))]

    def start(self, r):
        self.pid += r.randint(3, 400)
        return [('I', ('cc', 'tensorflow/core/util/port.cc:%d] oneDNN custom operations are on. You may see slightly different numerical results due to floating-point round-off errors from different computation orders. To turn them off, set the environment variable `TF_ENABLE_ONEDNN_OPTS=0`.' % 113)),
                ('I', ('cc', 'tensorflow/core/platform/cpu_feature_guard.cc:%d] This TensorFlow binary is optimized to use available CPU instructions in performance-critical operations.\nTo enable the following instructions: AVX2 AVX512F FMA, in other operations, rebuild TensorFlow with the appropriate compiler flags.' % 182)),
                ('I', ('cc', 'tensorflow/core/common_runtime/gpu/gpu_device.cc:%d] Created device /job:localhost/replica:0/task:0/device:GPU:0 with 78938 MB memory:  -> device: 0, name: NVIDIA A100-SXM4-80GB, pci bus id: 0000:1b:00.0, compute capability: 8.0' % 1886)),
                ('I', ('raw', '%s:%d:%d [0] NCCL INFO Bootstrap : Using eth0:10.91.0.%d<0>' % (self.host, self.pid, self.pid, r.randint(2, 30)))),
                ('I', ('raw', '%s:%d:%d [0] NCCL INFO NCCL version 2.18.3+cuda12.2' % (self.host, self.pid, self.pid))),
                ('I', ('absl', 'train.py:%d] Restoring from checkpoint /mnt/ckpt/run-%d/ckpt-%d' % (240, self.sc.idx, self.step // 1000)))]

    def stop(self, r):
        return [('I', ('absl', 'train.py:%d] Received SIGTERM, saving checkpoint and exiting' % 120)), ('I', ('absl', 'checkpoint_manager.py:%d] Saving checkpoint for step %d to /mnt/ckpt/run-%d/ckpt-%d' % (228, self.step, self.sc.idx, self.step // 1000)))]


class Raylet(Fmt):
    def stamped(self, lv, m):
        return not m.startswith('\x00')

    key = 'raylet'
    fname = 'raylet.out'
    label = 'raylet'
    res = 0.001
    weight = 0.9

    def setup(self):
        self.comp = self.year >= 2022
        self.pid = 4000 + self.sc.idx * 13
        self.node = hexs(__import__('random').Random('node%d' % self.sc.ws), 56)
        self.ip = '10.92.0.%d' % (10 + self.sc.idx)

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        if m.startswith('\x00'):
            return m[1:]
        return '[%s,%s %s %d %d]%s %s' % (self.sec(t), self.ms(t), lv if lv in 'DIWE' else 'C', self.pid, self.pid + (0 if lv == 'I' else 31), ' (raylet)' if self.comp else '', m)

    def info(self, r):
        x = r.random()
        if x < 0.3:
            return 'I', 'node_manager.cc:%d: [state-dump] NodeManager:\n[state-dump] Node ID: %s\n[state-dump] Node name: %s\n[state-dump] InitialConfigResources: {CPU: 640000, GPU: 80000, memory: %d, node:%s: 10000}\n[state-dump] ClusterTaskManager:\n[state-dump] ========== Node: %s =================\n[state-dump] Infeasible queue length: 0\n[state-dump] Schedule queue length: %d\n[state-dump] Dispatch queue length: %d' % (
                792, self.node, self.ip, r.randint(10**15, 10**16), self.ip, self.node, r.randint(0, 40), r.randint(0, 9)) if r.random() < 0.05 else 'worker_pool.cc:%d: Started worker process with pid %d, the token is %d' % (494, r.randint(10000, 90000), r.randint(0, 9999))
        if x < 0.55:
            return 'I', 'node_manager.cc:%d: Driver (pid=%d) is disconnected. job_id: %02d000000' % (1448, r.randint(10000, 90000), r.randint(1, 40)) if r.random() < 0.1 else 'local_task_manager.cc:%d: Dispatching task %s to worker %s' % (298, hexs(r, 48), hexs(r, 56))
        if x < 0.8:
            return 'I', 'node_manager.cc:%d: Ignoring client disconnect because the client has already been disconnected.' % 1587 if r.random() < 0.1 else 'object_manager.cc:%d: Object %s pulled from node %s' % (432, hexs(r, 56), hexs(r, 56))
        return 'I', 'memory_monitor.cc:%d: Memory usage is %.2f of the limit %.2f' % (78, r.uniform(0.3, 0.8), 0.95)

    def warn(self, r):
        return 'W', 'node_manager.cc:%d: Failed to send heartbeat to GCS, status=RpcError: failed to connect to all addresses' % 642 if r.random() < 0.3 else 'worker_pool.cc:%d: Some workers of the worker process(%d) have not registered within the timeout. The process is still alive, probably it\'s hanging during start.' % (578, r.randint(10000, 90000))

    errors = (
        ('worker died', lambda s, r: [('E', 'node_manager.cc:%d: The worker with ID %s failed to register with Raylet: Worker process exited with code 1' % (1321, hexs(r, 56)))]),
        ('object lost', lambda s, r: [('E', 'pull_manager.cc:%d: Failed to pull object %s: object is lost' % (553, hexs(r, 56)))]),
    )
    new_errors = (('spill failed', lambda s, r: [('E', 'local_object_manager.cc:%d: Failed to spill objects to external storage: IOError: [Errno 13] Permission denied: \'/tmp/ray/session_latest/ray_spilled_objects\'' % 312)]),)
    storm = ('GCS reconnect', lambda s, r: ('W', 'gcs_rpc_client.h:%d: Failed to connect to GCS at address 10.92.0.2:6379 within 5 seconds.' % 179 if r.random() < 0 else 'gcs_rpc_client.h:%d: Failed to connect to GCS within 60 seconds. GCS may have been killed. It\'s either GCS is terminated by `ray stop` or is killed unexpectedly. If it is killed unexpectedly, see the log file gcs_server.out. https://docs.ray.io/en/master/ray-observability/ray-logging.html#logging-directory-structure. The program will terminate.' % 179 if False else 'retryable_grpc_client.cc:%d: Failed to send request to GCS, retrying in %d ms. Status: RpcError: failed to connect to all addresses; last error: UNKNOWN: ipv4:10.92.0.2:6379: Failed to connect to remote host: Connection refused' % (61, r.choice([100, 200, 400, 800]))))

    def disk(self, r):
        return [('E', 'local_object_manager.cc:%d: Failed to spill objects to external storage: OSError: [Errno 28] No space left on device: \'/tmp/ray/session_latest/ray_spilled_objects/%s-multi-%d\'' % (312, hexs(r, 32), r.randint(1, 90)))]

    def oom(self, r):
        w = hexs(r, 56)
        return [('I', 'memory_monitor.cc:%d: Node memory usage above threshold: used %d bytes out of %d bytes (0.96)' % (78, r.randint(2 * 10**11, 2.1 * 10**11), 214748364800)),
                ('I', 'node_manager.cc:%d: Killing worker with task %s\n\nTask assignment: {CPU: 1.000000}\n\nTask state: {}\n\nMemory usage of the workers: ...' % (2900, hexs(r, 48))),
                ('I', 'node_manager.cc:%d: Sending Worker %s a graceful shutdown request due to: Task was killed due to the node running low on memory.' % (2942, w)),
                ('E', 'node_manager.cc:%d: 1 Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: %s, IP: %s) over the last time period. To see more information about the Workers killed on this node, use `ray logs raylet.out -ip %s`\n\nRefer to the documentation on how to address the out of memory issue: https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. Consider provisioning more memory on this node or reducing task parallelism by requesting more CPUs per task. To adjust the kill threshold, set the environment variable `RAY_memory_usage_threshold` when starting Ray. To disable worker killing, set the environment variable `RAY_memory_monitor_refresh_ms` to zero.' % (3084, self.node, self.ip, self.ip))]

    def panic(self, r):
        return [('F', 'node_manager.cc:%d:  Check failed: it != leased_workers_.end() ' % 2043),
                ('F', '\x00*** StackTrace Information ***\n/usr/local/lib/python3.10/site-packages/ray/core/src/ray/raylet/raylet(+0x%x) [0x55%s] ray::operator<<()\n/usr/local/lib/python3.10/site-packages/ray/core/src/ray/raylet/raylet(+0x%x) [0x55%s] ray::SpdLogMessage::Flush()\n/usr/local/lib/python3.10/site-packages/ray/core/src/ray/raylet/raylet(_ZN3ray6RayLogD1Ev+0x37) [0x55%s] ray::RayLog::~RayLog()\n/usr/local/lib/python3.10/site-packages/ray/core/src/ray/raylet/raylet(+0x%x) [0x55%s] ray::raylet::NodeManager::HandleReturnWorker()\n/lib/x86_64-linux-gnu/libc.so.6(+0x29d90) [0x7f%s] __libc_start_call_main\n' % (r.randint(0x100000, 0xffffff), hexs(r, 10), r.randint(0x100000, 0xffffff), hexs(r, 10), hexs(r, 10), r.randint(0x100000, 0xffffff), hexs(r, 10), hexs(r, 10)))]

    def start(self, r):
        self.pid += r.randint(10, 900)
        v = {2018: '0.6.0', 2019: '0.8.0', 2020: '1.0.1', 2021: '1.9.0', 2022: '2.2.0', 2023: '2.7.1', 2024: '2.35.0', 2025: '2.44.1', 2026: '2.50.0'}[self.year]
        return [('I', 'main.cc:%d: Setting cluster ID to: %s' % (179, hexs(r, 56))), ('I', 'main.cc:%d: Raylet is not set to kill unknown children.' % 318),
                ('I', 'io_service_pool.cc:%d: IOServicePool is running with 1 io_service.' % 35), ('I', 'main.cc:%d: Ray version %s, commit %s' % (420, v, hexs(r, 40))),
                ('I', 'node_manager.cc:%d: Initializing NodeManager node_id=%s' % (226, self.node)), ('I', 'raylet.cc:%d: Raylet of id, %s started. Raylet consists of node_manager and object_manager. node_manager address: %s:%d object_manager address: %s:%d hostname: %s' % (109, self.node, self.ip, 36553, self.ip, 8076, 'ray-worker-%d' % self.sc.idx))]

    def stop(self, r):
        return [('I', 'main.cc:%d: Raylet received SIGTERM, shutting down...' % 474), ('I', 'accessor.cc:%d: Unregistering node node_id=%s' % (767, self.node)), ('I', 'io_service_pool.cc:%d: IOServicePool is stopped.' % 47)]


class VLLM(Fmt):
    def stamped(self, lv, m):
        return m[0] not in (None, 'uvicorn') or m[1].startswith('[rank')

    key = 'vllm'
    fname = 'vllm.log'
    label = 'vllm api server'
    http = True
    weight = 0.9

    def setup(self):
        self.new = self.year >= 2025

    def ts_sec(self, s):
        t = self.lt(s)
        return '%02d-%02d %02d:%02d:%02d' % (t[1], t[2], t[3], t[4], t[5])

    def rec(self, t, lv, m):
        src, msg = m
        L = {'I': 'INFO', 'W': 'WARNING', 'E': 'ERROR', 'F': 'CRITICAL', 'D': 'DEBUG'}[lv]
        if src is None:
            return msg
        if src == 'uvicorn':
            return '%s:     %s' % (L, msg)
        if self.new:
            return '%s %s [%s] %s' % (L, self.sec(t), src, msg)
        return '%s %s %s] %s' % (L, self.sec(t), src, msg)

    def traffic(self, r, lat, p5):
        x = r.random()
        if x < 0.1:
            return self.info(r)
        st = '200 OK'
        lv = 'I'
        if r.random() < p5:
            st, lv = r.choice(['500 Internal Server Error', '503 Service Unavailable']), 'I'
        elif r.random() < 0.01:
            st = '400 Bad Request'
        path = r.choice(['/v1/chat/completions', '/v1/chat/completions', '/v1/completions', '/v1/models', '/health', '/metrics'])
        return lv, ('uvicorn', '%s:%d - "%s %s HTTP/1.1" %s' % (ip(r), r.randint(30000, 65000), 'GET' if path in ('/v1/models', '/health', '/metrics') else 'POST', path, st))

    def info(self, r):
        if self.new:
            return 'I', ('loggers.py:%d' % 116, 'Engine 000: Avg prompt throughput: %.1f tokens/s, Avg generation throughput: %.1f tokens/s, Running: %d reqs, Waiting: %d reqs, GPU KV cache usage: %.1f%%, Prefix cache hit rate: %.1f%%' % (r.uniform(0, 9000), r.uniform(0, 3000), r.randint(0, 60), r.randint(0, 5), r.uniform(0, 60), r.uniform(0, 70)))
        return 'I', ('metrics.py:%d' % 455, 'Avg prompt throughput: %.1f tokens/s, Avg generation throughput: %.1f tokens/s, Running: %d reqs, Swapped: 0 reqs, Pending: %d reqs, GPU KV cache usage: %.1f%%, CPU KV cache usage: 0.0%%.' % (r.uniform(0, 9000), r.uniform(0, 3000), r.randint(0, 60), r.randint(0, 5), r.uniform(0, 60)))

    def warn(self, r):
        return 'W', ('scheduler.py:%d' % 1089, 'Sequence group %s is preempted by PreemptionMode.RECOMPUTE mode because there is not enough KV cache space. This can affect the end-to-end performance. Increase gpu_memory_utilization or tensor_parallel_size to provide more KV cache memory. total_num_cumulative_preemption=%d' % (hexs(r, 32), r.randint(1, 500)))

    errors = (
        ('prompt too long', lambda s, r: [('E', ('serving_chat.py:%d' % 196, 'Error in preprocessing prompt inputs\n' + pytb([('/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/openai/serving_chat.py', 180, 'create_chat_completion', 'request_prompts, engine_prompts = await self._preprocess_chat('),
                                                                                                                         ('/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/openai/serving_engine.py', 420, '_validate_input', 'raise ValueError(')],
                                                                                                                        'ValueError: This model\'s maximum context length is 32768 tokens. However, you requested %d tokens (%d in the messages, %d in the completion). Please reduce the length of the messages or completion.' % ((lambda a, b: (a + b, a, b))(r.randint(30000, 40000), r.randint(512, 4096))))))]),
        ('aborted request', lambda s, r: [('E', ('async_llm.py:%d' % 419, 'Aborted request chatcmpl-%s.' % hexs(r, 32)))]),
    )
    new_errors = (('engine dead', lambda s, r: [('E', ('async_llm_engine.py:%d' % 64, 'Engine background task failed'))]),)
    storm = None

    def disk(self, r):
        return [('E', ('weight_utils.py:%d' % 201, 'Failed to download model weights: [Errno 28] No space left on device: \'/root/.cache/huggingface/hub/models--meta-llama--Llama-3.1-8B-Instruct/blobs/%s.incomplete\'' % hexs(r, 64)))]

    def oom(self, r):
        return [('E', ('core.py:%d' % 339, 'EngineCore encountered a fatal error.\n' + pytb([('/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py', 330, 'run_engine_core', 'engine_core.run_busy_loop()'),
                                                                                        ('/usr/local/lib/python3.12/dist-packages/vllm/v1/worker/gpu_model_runner.py', 1105, 'execute_model', 'hidden_states = self.model('),
                                                                                        ('/usr/local/lib/python3.12/dist-packages/torch/nn/modules/module.py', 1751, '_call_impl', 'return forward_call(*args, **kwargs)')],
                                                                                       'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f GiB. GPU 0 has a total capacity of 79.15 GiB of which %.2f MiB is free. Process %d has 79.13 GiB memory in use. Of the allocated memory %.2f GiB is allocated by PyTorch, and %.2f MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)' % (r.uniform(1, 4), r.uniform(5, 90), r.randint(1000, 90000), r.uniform(70, 78), r.uniform(100, 900))))),
                ('E', ('async_llm.py:%d' % 396, 'AsyncLLM output_handler failed.')), ('I', ('uvicorn', 'Shutting down')), ('I', ('uvicorn', 'Finished server process [%d]' % r.randint(1, 9)))]
    oom_restarts = True

    def panic(self, r):
        return [('E', ('uvicorn', 'Exception in ASGI application\n' + pytb([('/usr/local/lib/python3.12/dist-packages/uvicorn/protocols/http/httptools_impl.py', 409, 'run_asgi', 'result = await app(  # type: ignore[func-returns-value]'),
                                                                            ('/usr/local/lib/python3.12/dist-packages/vllm/engine/multiprocessing/client.py', 650, 'generate', 'raise MQEngineDeadError(')],
                                                                           'vllm.engine.multiprocessing.MQEngineDeadError: Engine loop is not running. Inspect the stacktrace to find the original error: RuntimeError(\'CUDA error: an illegal memory access was encountered\').'))),
                ('F', (None, '[rank0]:[E%02d%02d %02d:%02d:%02d.%06d 1 torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1595] [PG ID 0 PG GUID 0(default_pg) Rank 0] Process group watchdog thread terminated with exception: CUDA error: an illegal memory access was encountered' % (tuple(self.lt(int(self.now))[1:6]) + (r.randint(0, 999999),)))),
                ('I', ('uvicorn', 'Shutting down')), ('I', ('uvicorn', 'Finished server process [1]'))]

    def start(self, r):
        v = {2018: '0.1.0', 2019: '0.1.0', 2020: '0.1.0', 2021: '0.1.0', 2022: '0.1.0', 2023: '0.2.1', 2024: '0.6.3', 2025: '0.9.2', 2026: '0.11.0'}[self.year]
        return [('I', ('api_server.py:%d' % 1090, 'vLLM API server version %s' % v)), ('I', ('api_server.py:%d' % 1091, 'args: Namespace(host=None, port=8000, model=\'meta-llama/Llama-3.1-8B-Instruct\', tensor_parallel_size=1, gpu_memory_utilization=0.9, max_model_len=32768)')),
                ('I', ('config.py:%d' % 905, 'Defaulting to use mp for distributed inference')), ('I', ('model_runner.py:%d' % 1072, 'Loading model weights took 14.9888 GB')),
                ('I', ('gpu_executor.py:%d' % 122, '# GPU blocks: %d, # CPU blocks: 2048' % r.randint(20000, 40000))), ('I', ('launcher.py:%d' % 19, 'Available routes are:')),
                ('I', ('uvicorn', 'Started server process [%d]' % r.randint(1, 9))), ('I', ('uvicorn', 'Waiting for application startup.')), ('I', ('uvicorn', 'Application startup complete.')),
                ('I', ('uvicorn', 'Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)'))]

    def stop(self, r):
        return [('I', ('uvicorn', 'Shutting down')), ('I', ('uvicorn', 'Waiting for application shutdown.')), ('I', ('uvicorn', 'Application shutdown complete.')), ('I', ('uvicorn', 'Finished server process [1]'))]
