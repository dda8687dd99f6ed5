"""blind23 - GPU training (PyTorch, DeepSpeed, TensorFlow, Horovod), GPU telemetry, Ray, Dask, Jupyter, MLflow."""
from base import Fmt, MON, DOW, USERS, pick, wpick, hexs, ip, lognorm, lt


def glog(d, lv):
    return "%s%02d%02d %s.%06d" % (lv, d.month, d.day, d.strftime("%H:%M:%S"), d.microsecond)


CUDA_OOM = ("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f GiB. GPU %d has a total capacity of 79.15 GiB of which "
            "%.2f GiB is free. Including non-PyTorch memory, this process has %.2f GiB memory in use. Of the allocated memory %.2f GiB is "
            "allocated by PyTorch, and %.2f GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting "
            "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  "
            "(https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)")


def cuda_oom_tb(r, rank, script="train.py"):
    pre = "[rank%d]: " % rank
    free = r.uniform(0.2, 1.5)
    lines = ["Traceback (most recent call last):",
             '  File "/workspace/%s", line %d, in <module>' % (script, r.randrange(500, 700)), "    main()",
             '  File "/workspace/%s", line %d, in main' % (script, r.randrange(300, 499)), "    loss = train_step(model, batch, scaler)",
             '  File "/workspace/%s", line %d, in train_step' % (script, r.randrange(100, 299)), "    scaler.scale(loss).backward()",
             '  File "/opt/conda/lib/python3.10/site-packages/torch/_tensor.py", line 522, in backward', "    torch.autograd.backward(",
             '  File "/opt/conda/lib/python3.10/site-packages/torch/autograd/__init__.py", line 266, in backward',
             "    Variable._execution_engine.run_backward(  # Calls into the C++ engine to run the backward pass",
             CUDA_OOM % (r.choice([0.5, 1.0, 2.0, 2.5, 4.0]), rank, free, 79.15 - free, 74.0 + r.random() * 2, r.uniform(0.5, 3))]
    return [pre + x for x in lines]


# ---------------------------------------------------------------- PyTorch ---
class TorchTrain(Fmt):
    key, fname, clock, base, perr = "torch_train", "train.log", "local", 40.0, 0.002
    kinds = ("oom_kill", "latency_shift", "retry_storm", "error_burst", "new_error")

    def setup(self):
        self.step = self.r.randrange(1000, 80000)
        self.total = 200000
        self.ws = pick(self.r, [16, 32, 64])
        self.st = self.r.uniform(0.25, 0.9)
        self.seq = self.r.randrange(10000, 900000)
        self.loss = self.r.uniform(1.8, 3.2)

    def ts(self, t):
        d = self.L(t)
        return "%s,%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, src, msg):
        return "%s - %s - %s - %s" % (self.ts(t), lv, src, msg)

    def agent(self, t, lv, mod, msg):
        return "[%s] torch.distributed.elastic.%s: [%s] %s" % (self.ts(t), mod, lv, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.82:
            self.step += 1
            self.loss = max(0.6, self.loss * 0.99995 + r.gauss(0, 0.01))
            stt = lognorm(r, self.st, 0.08) * self.lat
            return [self.ln(t, "INFO", "trainer.py:412", "[rank0] epoch %d | step %d/%d | loss %.4f | lr %.2e | grad_norm %.3f | step_time %.3fs | tok/s %d"
                            % (self.step // 20000, self.step, self.total, self.loss + r.gauss(0, 0.05), 3e-4 * (1 - self.step / self.total), abs(r.gauss(0.9, 0.2)),
                               stt, int(4096 * self.ws * 8 / stt)))]
        if x < 0.86:
            h = "%s:%d:%d" % (self.host, r.randrange(10000, 90000), r.randrange(10000, 90000))
            rk = r.randrange(8)
            return ["%s [%d] NCCL INFO Channel %02d/%02d : %d[%d] -> %d[%d] via P2P/IPC/read" % (h, rk, r.randrange(32), 32, rk, rk, (rk + 1) % 8, (rk + 1) % 8),
                    "%s [%d] NCCL INFO Connected all rings" % (h, rk)]
        if x < 0.90:
            n, done = 50, r.randrange(1, 50)
            return ["".join("\rEval:  %3d%%|%s| %d/%d [%02d:%02d<%02d:%02d,  %.2fit/s]" % (100 * i // n, ("#" * (i // 5)).ljust(10), i, n, i // 60, i % 60, (n - i) // 60, (n - i) % 60, r.uniform(3, 6))
                            for i in range(done - 5 if done > 5 else 0, done + 1))]
        if x < 0.93:
            return [self.ln(t, "INFO", "trainer.py:455", "[rank0] eval step %d | val_loss %.4f | ppl %.2f" % (self.step, self.loss + 0.05, 2.718 ** (self.loss + 0.05)))]
        if x < 0.95:
            return [self.ln(t, "INFO", "checkpoint.py:88", "[rank0] saving checkpoint to /lustre/ckpt/%s/step_%07d (sharded, %d ranks)" % (self.sc.run, self.step, self.ws)),
                    self.ln(t, "INFO", "checkpoint.py:131", "[rank0] checkpoint saved in %.1fs" % lognorm(r, 24))]
        if x < 0.98:
            return [self.ln(t, "WARNING", "dataloader.py:201", "[rank%d] dataloader worker %d slow: batch fetch took %.2fs (prefetch queue empty)" % (r.randrange(self.ws), r.randrange(8), r.uniform(1, 3)))]
        return ["/opt/conda/lib/python3.10/site-packages/torch/utils/checkpoint.py:464: UserWarning: torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly. In version 2.4 we will raise an exception if use_reentrant is not passed. use_reentrant=False is recommended, but if you need to preserve the current default behavior, you can pass use_reentrant=True. Refer to docs for more details on the differences between the two variants.",
                "  warnings.warn("]

    def err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "data.py:88", "[rank%d] failed to decode sample shard-%05d.tar/%06d.jpg: image file is truncated (%d bytes not processed); skipping"
                        % (r.randrange(self.ws), r.randrange(4096), r.randrange(10 ** 6), r.randrange(2, 60)))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "data.py:142", "[rank%d] OSError: [Errno 5] Input/output error: '/lustre/datasets/%s/shard-%05d.tar' (reader thread %d), requeueing shard"
                        % (r.randrange(self.ws), self.sc.run.split("-")[0], r.randrange(4096), r.randrange(8)))]

    def retry(self, t):
        r = self.r
        rk = r.randrange(self.ws)
        d = self.L(t)
        self.seq += 1
        out = ["%s:%d:%d [%d] NCCL WARN NET/IB : Got completion from peer %s<%d> with status=12 opcode=0 len=0 vendor err 129 (Recv) localGid ::ffff:%s remoteGid ::ffff:%s"
               % (self.host, r.randrange(10000, 90000), r.randrange(10000, 90000), rk % 8, ip(r), r.randrange(30000, 60000), ip(r), ip(r)),
               "[rank%d]:[%s ProcessGroupNCCL.cpp:616] [Rank %d] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=%d, OpType=ALLREDUCE, NumelIn=%d, NumelOut=%d, Timeout(ms)=600000) ran for %d milliseconds before timing out."
               % (rk, glog(d, "E"), rk, self.seq, 26214400, 26214400, r.randrange(600001, 600400))]
        if r.random() < 0.3:
            out.append("[rank%d]:[%s socket.cpp:464] [c10d] The client socket has timed out after 60s while trying to connect to (%s, 29500). Retrying..." % (rk, glog(d, "W"), self.sc.master))
        return out

    def oom(self, t):
        r = self.r
        rk = r.randrange(self.ws)
        out = cuda_oom_tb(r, rk)
        out.append(self.agent(t, "WARNING", "multiprocessing.api", "Sending process %d closing signal SIGTERM" % r.randrange(10000, 90000)))
        out.append(self.agent(t, "ERROR", "multiprocessing.api", "failed (exitcode: 1) local_rank: %d (pid: %d) of binary: /opt/conda/bin/python" % (rk % 8, r.randrange(10000, 90000))))
        out.append(self.agent(t, "WARNING", "agent.server.api", "[default] Worker group FAILED. %d/3 attempts left; will restart worker group" % r.randrange(1, 3)))
        return out

    def restart(self, t):
        r = self.r
        self.step -= self.step % 1000
        return [self.agent(t, "INFO", "agent.server.api", "[default] Starting worker group"),
                self.agent(t, "INFO", "agent.server.api", "[default] Rendezvous complete for workers. Result:"),
                "  restart_count=%d" % r.randrange(1, 3), "  master_addr=%s" % self.sc.master, "  master_port=29500", "  group_rank=0", "  group_world_size=%d" % (self.ws // 8),
                "  local_ranks=[0, 1, 2, 3, 4, 5, 6, 7]", "",
                "%s:%d:%d [0] NCCL INFO NCCL version 2.19.3+cuda12.3" % (self.host, r.randrange(10000, 90000), r.randrange(10000, 90000)),
                self.ln(t, "INFO", "checkpoint.py:201", "[rank0] resuming from /lustre/ckpt/%s/step_%07d" % (self.sc.run, self.step))]

    def stop(self, t):
        return [self.ln(t, "INFO", "trainer.py:520", "[rank0] received SIGUSR1 (preemption notice), saving checkpoint and exiting"),
                self.ln(t, "INFO", "checkpoint.py:131", "[rank0] checkpoint saved in %.1fs" % lognorm(self.r, 24))]


class NvidiaSmi(Fmt):
    key, fname, clock, base, scal, perr = "nvidia_smi", "gpu-metrics.csv", "local", 6.0, False, 0.0
    period = 10.0
    kinds = ("silence", "new_error")
    dies = False

    def setup(self):
        self.bus = ["00000000:%02X:00.0" % b for b in (0x07, 0x0F, 0x47, 0x4E, 0x87, 0x90, 0xB7, 0xBD)]
        self.lost = None
        self.lost_until = 0

    def header(self, t):
        return ["timestamp, name, pci.bus_id, driver_version, temperature.gpu, utilization.gpu [%], utilization.memory [%], memory.total [MiB], memory.used [MiB], power.draw [W]"]

    def ts(self, t):
        d = self.L(t)
        return "%s.%03d" % (d.strftime("%Y/%m/%d %H:%M:%S"), d.microsecond // 1000)

    def normal(self, t):
        r = self.r
        s = self.ts(t)
        out = []
        for i, b in enumerate(self.bus):
            if self.lost == i and t < self.lost_until:
                out.append("%s, NVIDIA A100-SXM4-80GB, %s, 535.161.08, [GPU is lost], [GPU is lost], [GPU is lost], [GPU is lost], [GPU is lost], [GPU is lost]" % (s, b))
                continue
            u = min(100, max(0, int(r.gauss(93, 6))))
            out.append("%s, NVIDIA A100-SXM4-80GB, %s, 535.161.08, %d, %d %%, %d %%, 81920 MiB, %d MiB, %.2f W"
                       % (s, b, r.randrange(48, 71), u, max(0, u - r.randrange(10, 40)), r.randrange(70000, 79800), 120 + u * 2.8 + r.uniform(-15, 15)))
        return out

    def new_err(self, t):
        self.lost = 3
        self.lost_until = t + 150
        return self.normal(t)


class DeepSpeed(Fmt):
    key, fname, clock, base, perr = "deepspeed", "deepspeed_train.log", "local", 20.0, 0.003
    kinds = ("latency_shift", "oom_kill", "error_burst", "new_error")

    def setup(self):
        self.step = self.r.randrange(1000, 50000)
        self.fw = self.r.uniform(80, 300)
        self.scale = 65536

    def ts(self, t):
        d = self.L(t)
        return "[%s,%03d]" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, src, msg):
        return "%s [%s] [%s] %s" % (self.ts(t), lv, src, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.4:
            self.step += 1
            return [self.ln(t, "INFO", "logging.py:96:log_dist", "[Rank 0] step=%d, skipped=%d, lr=[%.6e], mom=[(0.9, 0.95)]" % (self.step, self.step // 900, 1.5e-4 * (1 - self.step / 300000)))]
        if x < 0.7:
            f = lognorm(r, self.fw, 0.06) * self.lat
            b = f * r.uniform(1.9, 2.1)
            return [self.ln(t, "INFO", "logging.py:96:log_dist", "[Rank 0] time (ms) | fwd_microstep: %.2f | bwd_microstep: %.2f | bwd_inner_microstep: %.2f | bwd_allreduce_microstep: %.2f | step_microstep: %.2f"
                            % (f, b, b * 0.96, b * 0.04, f * 0.08))]
        if x < 0.95:
            sps = 5000.0 / (self.fw * 3.1 * self.lat)
            return [self.ln(t, "INFO", "timer.py:260:stop", "epoch=0/micro_step=%d/global_step=%d, RunningAvgSamplesPerSec=%.2f, CurrSamplesPerSec=%.2f, MemAllocated=%.2fGB, MaxMemAllocated=%.2fGB"
                            % (self.step * 4, self.step, sps, sps * r.uniform(0.95, 1.05), r.uniform(30, 34), r.uniform(61, 64)))]
        return [self.ln(t, "WARNING", "stage3.py:2069:step", "%d pytorch allocator cache flushes since last step. this happens when there is high memory pressure and is detrimental to performance. if this is happening frequently consider adjusting settings to reduce memory consumption. If you are unable to make the cache flushes go away consider adding get_accelerator().empty_cache() calls in your training loop to ensure that all ranks flush their caches at the same time" % r.randrange(1, 4))]

    def err(self, t):
        ns = max(1, self.scale // 2)
        o = "[deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: %d, reducing to %d" % (self.scale, ns)
        self.scale = ns if ns > 1 else 65536
        return [self.ln(t, "INFO", "loss_scaler.py:183:update_scale", o)]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "ERROR", "engine.py:3412:_save_checkpoint", "[Rank %d] failed to write /lustre/ckpt/%s/global_step%d/zero_pp_rank_%d_mp_rank_00_optim_states.pt: OSError: [Errno 122] Disk quota exceeded"
                        % (r.randrange(64), self.sc.run, self.step, r.randrange(64)))] if False else \
            [self.ln(t, "ERROR", "engine.py:2084:backward", "[Rank %d] Gradient norm is inf/nan at step %d; parameter model.layers.%d.mlp.down_proj.weight has non-finite grad"
                     % (r.randrange(64), self.step, r.randrange(48)))]

    def oom(self, t):
        r = self.r
        rk = r.randrange(8)
        out = cuda_oom_tb(r, rk, "pretrain.py")
        out.append(self.ln(t, "INFO", "launch.py:316:sigkill_handler", "Killing subprocess %d" % r.randrange(10000, 90000)))
        out.append(self.ln(t, "ERROR", "launch.py:322:sigkill_handler", "['/opt/conda/bin/python', '-u', 'pretrain.py', '--local_rank=%d', '--deepspeed', '--deepspeed_config', 'ds_z3.json'] exits with return code = 1" % rk))
        return out

    def restart(self, t):
        r = self.r
        return [self.ln(t, "INFO", "real_accelerator.py:203:get_accelerator", "Setting ds_accelerator to cuda (auto detect)"),
                self.ln(t, "INFO", "runner.py:568:main", "cmd = /opt/conda/bin/python -u -m deepspeed.launcher.launch --world_info=eyJsb2NhbGhvc3QiOiBbMCwgMSwgMiwgMywgNCwgNSwgNiwgN119 --master_addr=%s --master_port=29500 pretrain.py --deepspeed --deepspeed_config ds_z3.json" % self.sc.master),
                self.ln(t, "INFO", "comm.py:637:init_distributed", "cdb=None"),
                self.ln(t, "INFO", "engine.py:2866:load_checkpoint", "Loading checkpoint: /lustre/ckpt/%s/global_step%d" % (self.sc.run, self.step - self.step % 500))]


# ---------------------------------------------------------------- TensorFlow
class TensorFlow(Fmt):
    key, fname, clock, base, perr = "tensorflow", "tf_train.log", "local", 15.0, 0.004
    kinds = ("oom_kill", "latency_shift", "panic", "new_error", "error_burst")

    def setup(self):
        self.step = self.r.randrange(1000, 90000)
        self.sec = self.r.uniform(5, 15)
        self.tid = self.r.randrange(139000000000000, 140000000000000)

    def cc(self, t, lv, src, msg):
        d = self.L(t)
        return "%s.%06d: %s %s] %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, lv, src, msg)

    def ab(self, t, lv, src, msg):
        return "%s %d %s] %s" % (glog(self.L(t), lv), self.tid, src, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.45:
            self.step += 100
            return [self.ab(t, "I", "basic_session_run_hooks.py:260", "loss = %.5f, step = %d (%.3f sec)" % (r.uniform(0.2, 0.6), self.step, lognorm(r, self.sec, 0.07) * self.lat))]
        if x < 0.85:
            return [self.ab(t, "I", "basic_session_run_hooks.py:692", "global_step/sec: %.5g" % (100 / (lognorm(r, self.sec, 0.07) * self.lat)))]
        if x < 0.9:
            return [self.cc(t, "I", "tensorflow/core/common_runtime/executor.cc:1197", "[/device:CPU:0] (DEBUG INFO) Executor start aborting (this does not indicate an error and you can ignore this message): OUT_OF_RANGE: End of sequence"),
                    "\t [[{{node IteratorGetNext}}]]"]
        if x < 0.94:
            return [self.ab(t, "I", "basic_session_run_hooks.py:606", "Saving checkpoints for %d into /scratch/%s/model.ckpt." % (self.step, self.sc.run))]
        if x < 0.97:
            return [self.cc(t, "W", "tensorflow/core/kernels/data/cache_dataset_ops.cc:858", "The calling iterator did not fully read the dataset being cached. In order to avoid unexpected truncation of the dataset, the partially cached contents of the dataset  will be discarded. This can happen if you have an input pipeline similar to `dataset.cache().take(k).repeat()`. You should use `dataset.take(k).cache().repeat()` instead.")]
        return [self.cc(t, "I", "tensorflow/core/grappler/optimizers/custom_graph_optimizer_registry.cc:117", "Plugin optimizer for device_type GPU is enabled.")]

    def err(self, t):
        r = self.r
        return [self.cc(t, "E", "tensorflow/core/lib/io/record_reader.cc:%d" % 138, "DATA_LOSS: corrupted record at %d in /data/tfrecords/train-%05d-of-01024" % (r.randrange(10 ** 6, 10 ** 9), r.randrange(1024)))]

    def new_err(self, t):
        return [self.cc(t, "E", "external/local_xla/xla/stream_executor/cuda/cuda_event.cc:29", "Error polling for event status: failed to query event: CUDA_ERROR_ILLEGAL_ADDRESS: an illegal memory access was encountered")]

    def oom(self, t):
        r = self.r
        g = r.choice([1, 2, 4])
        return [self.cc(t, "W", "tensorflow/core/common_runtime/bfc_allocator.cc:485", "Allocator (GPU_0_bfc) ran out of memory trying to allocate %d.00GiB (rounded to %d)requested by op model/conv2d_%d/Conv2D" % (g, g << 30, r.randrange(40))),
                "If the cause is memory fragmentation maybe the environment variable 'TF_GPU_ALLOCATOR=cuda_malloc_async' will improve the situation. ",
                "Current allocation summary follows.",
                self.cc(t, "W", "tensorflow/core/common_runtime/bfc_allocator.cc:497", "*****************************************************************************************_____"),
                self.cc(t, "W", "tensorflow/core/framework/op_kernel.cc:1839", "OP_REQUIRES failed at conv_ops.cc:685 : RESOURCE_EXHAUSTED: OOM when allocating tensor with shape[256,512,28,28] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc"),
                "Traceback (most recent call last):", '  File "/workspace/train_estimator.py", line 214, in <module>', "    estimator.train(input_fn=train_input_fn, max_steps=FLAGS.max_steps)",
                "tensorflow.python.framework.errors_impl.ResourceExhaustedError: Graph execution error:", "",
                "OOM when allocating tensor with shape[256,512,28,28] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc",
                "\t [[{{node model/conv2d_17/Conv2D}}]]"]

    def panic(self, t):
        r = self.r
        out = [self.cc(t, "F", "tensorflow/core/common_runtime/device/device_event_mgr.cc:223", "Unexpected Event status: 1"),
               "Fatal Python error: Aborted", "", "Thread 0x%016x (most recent call first):" % self.tid,
               '  File "/usr/local/lib/python3.10/dist-packages/tensorflow/python/client/session.py", line 1479 in _call_tf_sessionrun',
               '  File "/usr/local/lib/python3.10/dist-packages/tensorflow/python/client/session.py", line 1386 in _run_fn',
               '  File "/usr/local/lib/python3.10/dist-packages/tensorflow/python/client/session.py", line 1401 in _do_call',
               '  File "/workspace/train_estimator.py", line 214 in <module>', "",
               "/var/spool/slurmd/job%d/slurm_script: line 31: %d Aborted                 (core dumped) python train_estimator.py --model_dir=/scratch/%s" % (r.randrange(2000000, 9000000), r.randrange(10000, 90000), self.sc.run)]
        return out

    def restart(self, t):
        r = self.r
        out = [self.cc(t, "I", "tensorflow/core/util/port.cc:113", "oneDNN custom operations are on. You may see slightly different numerical results due to floating-point round-off errors from different computation orders. To turn them off, set the environment variable `TF_ENABLE_ONEDNN_OPTS=0`."),
               self.cc(t, "I", "tensorflow/core/platform/cpu_feature_guard.cc:210", "This TensorFlow binary is optimized to use available CPU instructions in performance-critical operations."),
               "To enable the following instructions: AVX2 AVX512F AVX512_VNNI FMA, in other operations, rebuild TensorFlow with the appropriate compiler flags."]
        for g in range(4):
            out.append(self.cc(t, "I", "tensorflow/core/common_runtime/gpu/gpu_device.cc:1928", "Created device /job:localhost/replica:0/task:0/device:GPU:%d with 78911 MB memory:  -> device: %d, name: NVIDIA A100-SXM4-80GB, pci bus id: 0000:%02x:00.0, compute capability: 8.0" % (g, g, [7, 15, 0x47, 0x4e][g])))
        out.append(self.ab(t, "I", "estimator.py:1177", "Restoring parameters from /scratch/%s/model.ckpt-%d" % (self.sc.run, self.step - self.step % 1000)))
        return out


class Horovod(Fmt):
    key, fname, clock, base, perr = "horovod", "horovod_mpirun.log", "local", 30.0, 0.002
    kinds = ("latency_shift", "panic", "error_burst", "new_error")

    def setup(self):
        self.np = pick(self.r, [8, 16, 32])
        self.bt = self.r.uniform(0.15, 0.6)
        self.it = 0

    def ts(self, t):
        d = self.L(t)
        return "%s %s %2d %s %d" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year)

    def o(self, t, rk, msg, err=False):
        return "%s[1,%d]<%s>:%s" % (self.ts(t), rk, "stderr" if err else "stdout", msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.8:
            self.it += 1
            return [self.o(t, 0, "epoch %d batch %d/5004 loss %.4f top1 %.3f batch_time %.3fs data_time %.3fs"
                           % (self.it // 5004, self.it % 5004, r.uniform(1.1, 2.4), r.uniform(0.4, 0.75), lognorm(r, self.bt, 0.08) * self.lat, lognorm(r, 0.012, 0.4)))]
        if x < 0.92:
            return [self.o(t, 0, "Iter #%d: %.1f img/sec per GPU" % (self.it, 256 / (self.bt * self.lat) * r.uniform(0.95, 1.05)))]
        if x < 0.97:
            return [self.o(t, r.randrange(self.np), "[%s: W /tmp/pip-req-build-k4m0/horovod/common/operations.cc:1135] Horovod autotuner: cycle_time_ms=%.1f fusion_threshold=%d" % (self.L(t).strftime("%Y-%m-%d %H:%M:%S.%f"), r.uniform(1, 10), 64 << 20), True)]
        return [self.o(t, 0, "validation: epoch %d top1 %.4f top5 %.4f" % (self.it // 5004, r.uniform(0.6, 0.76), r.uniform(0.85, 0.93)))]

    def err(self, t):
        r = self.r
        rk = r.randrange(self.np)
        return [self.o(t, rk, "[%s: W /tmp/pip-req-build-k4m0/horovod/common/stall_inspector.cc:107] One or more tensors were submitted to be reduced, gathered or broadcasted by subset of ranks and are waiting for remainder of ranks for more than 60 seconds. This may indicate that different ranks are trying to submit different tensors or that only subset of ranks is submitting tensors, which will cause deadlock. " % self.L(t).strftime("%Y-%m-%d %H:%M:%S.%f"), True),
                self.o(t, rk, "Missing ranks:", True),
                self.o(t, rk, "%d: [DistributedSGD_Allreduce/cond_%d/HorovodAllreduce_gradients_conv2d_%d_Conv2D_grad_Conv2DBackpropFilter_0]" % (r.randrange(self.np), r.randrange(300), r.randrange(50)), True)]

    def new_err(self, t):
        r = self.r
        return [self.o(t, r.randrange(self.np), "RuntimeError: NCCL error in: /tmp/pip-req-build-k4m0/horovod/common/ops/nccl_operations.cc:%d, unhandled system error (run with NCCL_DEBUG=INFO for details)" % r.choice([138, 227]), True)]

    def panic(self, t):
        r = self.r
        rk = r.randrange(self.np)
        h = "gpu%02d" % r.randrange(1, 32)
        out = [self.o(t, rk, "[%s:%d] *** Process received signal ***" % (h, r.randrange(10000, 90000)), True),
               self.o(t, rk, "[%s:%d] Signal: Segmentation fault (11)" % (h, r.randrange(10000, 90000)), True),
               self.o(t, rk, "[%s:%d] Signal code: Address not mapped (1)" % (h, r.randrange(10000, 90000)), True),
               self.o(t, rk, "[%s:%d] Failing at address: (nil)" % (h, r.randrange(10000, 90000)), True)]
        for i, f in enumerate(["/lib64/libpthread.so.0(+0xf630)", "/usr/local/lib/python3.10/dist-packages/horovod/torch/mpi_lib_v2.cpython-310-x86_64-linux-gnu.so(+0x1a2b3c)",
                               "/usr/local/lib/python3.10/dist-packages/horovod/torch/mpi_lib_v2.cpython-310-x86_64-linux-gnu.so(_ZN7horovod6common18HorovodGlobalState+0x4d2)",
                               "/lib64/libc.so.6(clone+0x6d)"]):
            out.append(self.o(t, rk, "[%s:%d] [%2d] %s[0x7f%s]" % (h, r.randrange(10000, 90000), i, f, hexs(r, 10)), True))
        out += [self.o(t, rk, "[%s:%d] *** End of error message ***" % (h, r.randrange(10000, 90000)), True),
                "--------------------------------------------------------------------------",
                "Primary job  terminated normally, but 1 process returned",
                "a non-zero exit code. Per user-direction, the job has been aborted.",
                "--------------------------------------------------------------------------",
                "--------------------------------------------------------------------------",
                "mpirun noticed that process rank %d with PID %d on node %s exited on signal 11 (Segmentation fault)." % (rk, r.randrange(10000, 90000), h),
                "--------------------------------------------------------------------------"]
        return out

    def restart(self, t):
        return [self.o(t, 0, "Horovod initialized: size=%d local_size=8 rank=0" % self.np),
                self.o(t, 0, "=> loading checkpoint '/scratch/%s/checkpoint-%d.pth.tar'" % (self.sc.run, self.it // 5004)),
                self.o(t, 0, "=> loaded checkpoint (epoch %d)" % (self.it // 5004))]


# ---------------------------------------------------------------- Ray -------
class RayBase(Fmt):
    clock, dies = "local", True

    def setup(self):
        self.nid = hexs(self.r, 56)
        self.tid = self.pid

    def ts(self, t):
        d = self.L(t)
        return "%s,%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, src, msg):
        return "[%s %s %d %d] %s: %s" % (self.ts(t), lv, self.pid, self.tid, src, msg)

    def crash(self, t, src, chk):
        r = self.r
        out = [self.ln(t, "C", src, " Check failed: %s" % chk), "*** StackTrace Information ***"]
        for f in ["ray::operator<<()", "ray::SpdLogMessage::Flush()", "ray::RayLog::~RayLog()", "ray::raylet::NodeManager::HandleRequestWorkerLease()",
                  "ray::rpc::ServerCallImpl<>::HandleRequestImpl()", "instrumented_io_context::run()", "main", "__libc_start_main"]:
            out.append("/tmp/ray/session_latest/runtime_resources/../../bin/%s(+0x%x) [0x55%s] %s" % (self.key.split("_")[-1], r.randrange(0x100000, 0x900000), hexs(r, 10), f))
        out += ["*** SIGABRT received at time=%d on cpu %d ***" % (int(t), r.randrange(64)),
                "PC: @     0x7f%s  (unknown)  raise" % hexs(r, 10),
                "    @     0x55%s       1152  absl::lts_20230802::WriteFailureInfo()" % hexs(r, 10)]
        return out


class Raylet(RayBase):
    key, fname, base, perr = "ray_raylet", "raylet.out", 30.0, 0.004
    kinds = ("oom_kill", "retry_storm", "error_burst", "new_error", "traffic_flood", "panic", "silence")

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.3:
            return [self.ln(t, "I", "worker_pool.cc:%d" % 492, "Started worker process with pid %d, the token is %d" % (r.randrange(10000, 900000), r.randrange(1, 9000)))]
        if x < 0.5:
            return [self.ln(t, "I", "local_object_manager.cc:%d" % 245, ":info_message:Spilled %d MiB, %d objects, write throughput %d MiB/s." % (r.randrange(100, 9000), r.randrange(1, 900), int(lognorm(r, 900) / self.lat)))]
        if x < 0.62:
            return [self.ln(t, "I", "node_manager.cc:%d" % 656, "Sending Python GC request to %d local workers to clean up Python cyclic references." % r.randrange(4, 64))]
        if x < 0.80:
            return [self.ln(t, "I", "accessor.h:%d" % 668, "Unable to find data for job %s" % ("%08x" % r.randrange(1, 300)).upper().zfill(8))] if r.random() < 0.1 else \
                [self.ln(t, "I", "node_manager.cc:%d" % 1509, "NodeManager::DisconnectClient, disconnect_type=%d, has creation task exception = false" % r.choice([0, 3]))]
        if x < 0.92:
            return [self.ln(t, "I", "worker_pool.cc:%d" % 727, "Job %s already started in worker pool." % ("%02x000000" % r.randrange(1, 40)))]
        return [self.ln(t, "W", "memory_monitor.cc:%d" % 197, "Got negative used memory for cgroup -1, setting it to zero")] if r.random() < 0.05 else \
            [self.ln(t, "I", "node_manager.cc:%d" % 626, "[state-dump] NodeManager:\n[state-dump] Node ID: %s\n[state-dump] Node name: %s\n[state-dump] InitialConfigResources: {CPU: 64, GPU: 8, memory: 5.12e+11}" % (self.nid, ip(r)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "W", "node_manager.cc:%d" % 1530, "The worker with pid %d has been killed by signal 15 or its process is not alive, and core_worker_client_pool.cc failed to connect: Connection refused" % r.randrange(10000, 900000))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "E", "pull_manager.cc:%d" % 615, "Object %s lost: all copies were evicted or the owner died (ObjectLostError), task %s will be reconstructed" % (hexs(r, 56), hexs(r, 48)))]

    def retry(self, t):
        r = self.r
        return [self.ln(t, "W", "gcs_rpc_client.h:%d" % 212, "Failed to connect to GCS at address %s:6379 within 5 seconds."% self.sc.master),
                self.ln(t, "W", "gcs_client.cc:%d" % 178, "Failed to get cluster ID from GCS server: TimedOut: Timed out while waiting for GCS to become available. Retrying (%d/60)" % r.randrange(1, 60))]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "I", "cluster_task_manager.cc:%d" % 97, "Queuing and scheduling task %s, scheduling class %d, pending %d" % (hexs(r, 48), r.randrange(1, 40), r.randrange(1000, 90000)))]

    def oom(self, t):
        r = self.r
        used = r.uniform(60.9, 63.5)
        return [self.ln(t, "I", "memory_monitor.cc:%d" % 213, "Node memory usage %.2fGB / 64.00GB (%.5f) exceeds the memory usage threshold 0.95" % (used, used / 64)),
                self.ln(t, "I", "node_manager.cc:%d" % 2999, "Killing worker with task %s (ID: %s, pid: %d) because the node is running low on memory (OOM)" % (pick(r, ["preprocess_batch", "tokenize_shard", "Trainer.train"]), hexs(r, 56), r.randrange(10000, 900000))),
                self.ln(t, "I", "node_manager.cc:%d" % 3040, "1 Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: %s, IP: %s) over the last time period. To see more information about the Workers killed on this node, use `ray logs raylet.out -ip %s`" % (self.nid, self.host, self.host))]

    def panic(self, t):
        return self.crash(t, "node_manager.cc:1214", "(it) != (leased_workers_.end()) Worker lease not found")

    def restart(self, t):
        self.newpid()
        self.tid = self.pid
        return [self.ln(t, "I", "main.cc:%d" % 182, "Setting cluster ID to: %s" % hexs(self.r, 56)),
                self.ln(t, "I", "main.cc:%d" % 309, "Raylet is not set to kill unknown children."),
                self.ln(t, "I", "node_manager.cc:%d" % 373, "Initializing NodeManager node_id=%s" % self.nid)]


class GcsServer(RayBase):
    key, fname, base, perr = "ray_gcs", "gcs_server.out", 15.0, 0.005
    kinds = ("retry_storm", "error_burst", "new_error", "silence", "traffic_flood")

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.3:
            return [self.ln(t, "I", "gcs_actor_manager.cc:%d" % 386, "Registering actor, job id = %02x000000, actor id = %s" % (r.randrange(1, 40), hexs(r, 32)))]
        if x < 0.55:
            return [self.ln(t, "I", "gcs_actor_scheduler.cc:%d" % 311, "Start leasing worker from node %s for actor %s, job id = %02x000000" % (hexs(r, 56), hexs(r, 32), r.randrange(1, 40)))]
        if x < 0.75:
            return [self.ln(t, "I", "gcs_actor_manager.cc:%d" % 1033, "Actor created successfully, job id = %02x000000, actor id = %s" % (r.randrange(1, 40), hexs(r, 32)))]
        if x < 0.9:
            return [self.ln(t, "I", "gcs_job_manager.cc:%d" % 153, "Finished marking job state, job id = %02x000000" % r.randrange(1, 40))]
        return [self.ln(t, "I", "gcs_server.cc:%d" % 268, "Gcs Debug state:\nGcsNodeManager: \n- RegisterNode request count: %d\n- DrainNode request count: 0\n- GetAllNodeInfo request count: %d" % (r.randrange(10, 90), r.randrange(1000, 90000)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "W", "gcs_actor_manager.cc:%d" % 1149, "Actor is failed %s on worker %s at node %s, need_reschedule = 1, death context type = ActorDiedErrorContext, remaining_restarts = %d" % (hexs(r, 32), hexs(r, 56), hexs(r, 56), r.randrange(0, 3)))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "E", "gcs_placement_group_scheduler.cc:%d" % 256, "Failed to create placement group %s, because resources {GPU: 8.000000, CPU: 64.000000} are infeasible on node %s (infeasible=1)" % (hexs(r, 36), hexs(r, 56)))]

    def retry(self, t):
        r = self.r
        return [self.ln(t, "W", "gcs_health_check_manager.cc:%d" % 110, "Health check failed for node %s, remaining checks %d, status DeadlineExceeded: Deadline Exceeded" % (hexs(r, 56), r.randrange(0, 5))),
                self.ln(t, "W", "redis_context.cc:%d" % 357, "Failed to connect to Redis at %s:6380, retrying in 100ms: Connection timed out" % self.sc.master)]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "I", "gcs_actor_manager.cc:%d" % 386, "Registering actor, job id = 2a000000, actor id = %s" % hexs(r, 32))]

    def restart(self, t):
        self.newpid()
        self.tid = self.pid
        return [self.ln(t, "I", "gcs_server_main.cc:%d" % 52, "Ray cluster metadata ray_version=2.9.3 ray_commit=62655e4d9d2a5cd3a4ac9d1b35e64e0e2b0e7c3f"),
                self.ln(t, "I", "gcs_server.cc:%d" % 72, "GCS storage type is StorageType::REDIS_PERSIST"),
                self.ln(t, "I", "gcs_init_data.cc:%d" % 42, "Loading job table data."), self.ln(t, "I", "gcs_server.cc:%d" % 162, "Gcs server address = %s:6379" % self.sc.master)]

    def stop(self, t):
        return [self.ln(t, "I", "gcs_server.cc:%d" % 293, "Stopping GCS server."), self.ln(t, "I", "gcs_server.cc:%d" % 309, "GCS server stopped.")]


# ---------------------------------------------------------------- Dask ------
class DaskBase(Fmt):
    clock = "local"

    def ts(self, t):
        d = self.L(t)
        return "%s,%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, mod, lv, msg):
        return "%s - %s - %s - %s" % (self.ts(t), mod, lv, msg)

    def setup(self):
        self.wk = ["tcp://%s:%d" % (ip(self.r), self.r.randrange(33000, 45000)) for _ in range(24)]


class DaskScheduler(DaskBase):
    key, fname, base, perr = "dask_scheduler", "dask-scheduler.log", 25.0, 0.004
    kinds = ("retry_storm", "traffic_flood", "error_burst", "new_error", "silence")

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.3:
            return [self.ln(t, "distributed.scheduler", "INFO", "Receive client connection: Client-%s" % uuid(r))]
        if x < 0.55:
            return [self.ln(t, "distributed.core", "INFO", "Connection to %s has been closed." % pick(r, self.wk))] if r.random() < 0.1 else \
                [self.ln(t, "distributed.scheduler", "INFO", "Remove client Client-%s" % uuid(r))]
        if x < 0.75:
            return [self.ln(t, "distributed.scheduler", "INFO", "Register worker <WorkerState '%s', name: SLURMCluster-%d-%d, status: init, memory: 0, processing: 0>" % (pick(r, self.wk), r.randrange(0, 40), r.randrange(0, 4))),
                    self.ln(t, "distributed.scheduler", "INFO", "Starting worker compute stream, %s" % pick(r, self.wk))]
        if x < 0.9:
            return [self.ln(t, "distributed.scheduler", "INFO", "User asked for computation on lost data, ('rechunk-merge-%s', %d, %d)" % (hexs(r, 32), r.randrange(90), r.randrange(9)))] if r.random() < 0.02 else \
                [self.ln(t, "distributed.scheduler", "INFO", "Close client connection: Client-%s" % uuid(r))]
        return [self.ln(t, "distributed.core", "INFO", "Event loop was unresponsive in Scheduler for %.2fs.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability." % r.uniform(3.0, 4.5))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "distributed.scheduler", "ERROR", "Couldn't gather keys: {'finalize-%s': 'memory'}" % hexs(r, 32))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "distributed.scheduler", "ERROR", "Task ('read-parquet-%s', %d) marked as failed because %d workers died while trying to run it" % (hexs(r, 32), r.randrange(4000), r.choice([3, 4]))), ]

    def retry(self, t):
        r = self.r
        w = pick(r, self.wk)
        return [self.ln(t, "distributed.comm.tcp", "WARNING", "Closing dangling stream in <TCP  local=tcp://%s:8786 remote=%s>" % (self.sc.master, w)),
                self.ln(t, "distributed.core", "INFO", "Connection to %s has been closed." % w),
                self.ln(t, "distributed.utils_comm", "INFO", "Retrying get_data_from_worker after exception in attempt %d/5: Timed out during handshake while connecting to %s after 30 s" % (r.randrange(1, 5), w))]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "distributed.scheduler", "INFO", "Receive client connection: Client-worker-%s" % uuid(r))]

    def stop(self, t):
        return [self.ln(t, "distributed.scheduler", "INFO", "Scheduler closing due to unknown reason..."), self.ln(t, "distributed.scheduler", "INFO", "Scheduler closing all comms")]

    def restart(self, t):
        return [self.ln(t, "distributed.scheduler", "INFO", "-----------------------------------------------"),
                self.ln(t, "distributed.scheduler", "INFO", "State start"),
                self.ln(t, "distributed.scheduler", "INFO", "  Scheduler at:     tcp://%s:8786" % self.sc.master),
                self.ln(t, "distributed.scheduler", "INFO", "  dashboard at:  http://%s:8787/status" % self.sc.master)]


def uuid(r):
    return hexs(r, 8) + "-" + hexs(r, 4) + "-11ee-" + hexs(r, 4) + "-" + hexs(r, 12)


class DaskWorker(DaskBase):
    key, fname, base, perr = "dask_worker", "dask-worker.log", 12.0, 0.005
    kinds = ("oom_kill", "error_burst", "new_error")
    dies = False

    def setup(self):
        DaskBase.setup(self)
        self.me = self.wk[0]
        self.wpid = self.r.randrange(10000, 90000)

    def normal(self, t):
        r = self.r
        x = r.random()
        if x < self.perr:
            return self.err(t)
        if x < 0.3:
            return [self.ln(t, "distributed.worker", "INFO", "Starting Worker plugin shuffle")] if r.random() < 0.05 else \
                [self.ln(t, "distributed.utils_perf", "INFO", "full garbage collection released %.2f MiB from %d reference cycles (threshold: 9.54 MiB)" % (r.uniform(10, 400), r.randrange(100, 90000)))]
        if x < 0.55:
            return [self.ln(t, "distributed.core", "INFO", "Event loop was unresponsive in Worker for %.2fs.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability." % r.uniform(3, 5))]
        if x < 0.8:
            return [self.ln(t, "distributed.worker.memory", "WARNING", "Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: %.2f GiB -- Worker memory limit: 16.00 GiB" % r.uniform(6, 10))]
        return [self.ln(t, "distributed.utils_perf", "WARNING", "full garbage collections took %d%% CPU time recently (threshold: 10%%)" % r.randrange(10, 40))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "distributed.worker", "ERROR", "failed during get data with %s -> %s" % (self.me, pick(r, self.wk))),
                "Traceback (most recent call last):" if False else "distributed.comm.core.CommClosedError: in <TCP (closed)  local=%s remote=tcp://%s:%d>: Stream is closed" % (self.me, ip(r), r.randrange(40000, 60000))]

    def new_err(self, t):
        r = self.r
        return [self.ln(t, "distributed.worker", "WARNING", "Compute Failed"),
                "Key:       ('read_parquet-fused-assign-%s', %d)" % (hexs(r, 32), r.randrange(4000)),
                "Function:  execute_task", "args:      ((<function Fused._execute_task at 0x7f%s>, {...}))" % hexs(r, 10), "kwargs:    {}",
                "Exception: \"ArrowInvalid('Parquet magic bytes not found in footer. Either the file is corrupted or this is not a parquet file.')\""]

    def oom(self, t):
        r = self.r
        out = [self.ln(t, "distributed.worker.memory", "WARNING", "Worker is at %d%% memory usage. Pausing worker.  Process memory: %.2f GiB -- Worker memory limit: 16.00 GiB" % (r.randrange(80, 85), r.uniform(12.9, 13.5))),
               self.ln(t, "distributed.nanny.memory", "WARNING", "Worker %s (pid=%d) exceeded 95%% memory budget. Restarting..." % (self.me, self.wpid)),
               self.ln(t, "distributed.nanny", "INFO", "Worker process %d was killed by signal 15" % self.wpid),
               self.ln(t, "distributed.nanny", "WARNING", "Restarting worker")]
        self.wpid = r.randrange(10000, 90000)
        out += [self.ln(t, "distributed.worker", "INFO", "      Start worker at: %s" % self.me),
                self.ln(t, "distributed.worker", "INFO", "         Listening to: %s" % self.me),
                self.ln(t, "distributed.worker", "INFO", "               Memory:                  16.00 GiB")]
        return out


# ---------------------------------------------------------------- Jupyter / MLflow
class JupyterHub(Fmt):
    key, fname, clock, base, perr = "jupyterhub", "jupyterhub.log", "local", 40.0, 0.0
    kinds = ("http_5xx", "latency_shift", "error_burst", "new_error", "traffic_flood")
    dies = False

    def ts(self, t):
        d = self.L(t)
        return "%s.%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000)

    def ln(self, t, lv, src, msg):
        return "[%s %s JupyterHub %s] %s" % (lv, self.ts(t), src, msg)

    def normal(self, t):
        r = self.r
        x = r.random()
        u = pick(r, USERS)
        if x < 0.004:
            return self.err(t)
        if x < 0.85:
            path, med = wpick(r, [(30, ("/hub/api/users/%s/activity" % u, 18)), (20, ("/user/%s/api/kernels/%s/channels?session_id=%s" % (u, uuid(r), hexs(r, 32)), 9)),
                                  (15, ("/user/%s/api/contents/work?content=1&%d" % (u, int(t * 1000)), 40)), (10, ("/hub/api/users", 60)),
                                  (8, ("/user/%s/lab/api/workspaces?1%d" % (u, int(t)), 25)), (6, ("/hub/spawn/%s" % u, 90)), (6, ("/hub/home", 30)), (5, ("/hub/api/authorizations/token", 12))])
            st = wpick(r, [(86, 200), (6, 101), (4, 302), (2.5, 304), (1, 404), (0.3, 403), (0.1, 500), (0.1, 503)])
            if self.p5 and r.random() < self.p5:
                st = pick(r, [500, 502, 503, 503])
            ms = lognorm(r, med, 0.5) * self.lat
            lv = "I" if st < 400 else "W" if st < 500 else "E"
            meth = "GET" if "/activity" not in path else "POST"
            who = "cull-idle@::1" if "/hub/api/users" == path else "%s@%s" % (u, ip(r, "172.20"))
            return [self.ln(t, lv, "log:191", "%d %s %s (%s) %.2fms" % (st, meth, path, who, ms))]
        if x < 0.93:
            return [self.ln(t, "I", "proxy:347", "Checking routes")] if r.random() < 0.5 else [self.ln(t, "I", "spawner:2478", "%s's server at http://%s:%d/user/%s/ is ready after %.1fs" % (u, ip(r), r.randrange(40000, 60000), u, lognorm(r, 12) * self.lat))]
        if x < 0.97:
            return [self.ln(t, "I", "batchspawner:432", "Job %d submitted, state: pending" % r.randrange(2000000, 9000000))]
        return [self.ln(t, "W", "users:817", "%s's server never showed up at http://%s:%d/user/%s/ after %d seconds. Giving up." % (u, ip(r), r.randrange(40000, 60000), u, 300))] if r.random() < 0.1 else \
            [self.ln(t, "I", "app:3329", "Culling server %s (inactive for %d:%02d:%02d)" % (u, r.randrange(1, 9), r.randrange(60), r.randrange(60)))]

    def err(self, t):
        r = self.r
        return [self.ln(t, "E", "spawner:1678", "Exception in Future <Task finished name='Task-%d' coro=<BaseHandler.spawn_single_user.<locals>.finish_user_spawn() done>> after timeout" % r.randrange(10000, 900000))]

    def new_err(self, t):
        r = self.r
        u = pick(r, USERS)
        return [self.ln(t, "E", "user:884", "Unhandled error starting server: sqlite3.OperationalError: database is locked (user %s)" % u)]

    def flood(self, t):
        r = self.r
        return [self.ln(t, "W", "log:191", "403 POST /hub/api/users/%s/server (%s@%s) %.2fms" % (pick(r, USERS), "-", "198.51.100.%d" % r.randrange(2, 30), lognorm(r, 6)))]


class Mlflow(Fmt):
    key, fname, clock, base, perr = "mlflow", "mlflow-server.log", "abs", 50.0, 0.0
    kinds = ("http_5xx", "latency_shift", "oom_kill", "disk_full", "retry_storm")
    dies = False

    def setup(self):
        self.wk = [self.r.randrange(1000, 9000) for _ in range(4)]
        self.ips = [ip(self.r) for _ in range(30)]

    def ts(self, t):
        return lt(t).strftime("%Y-%m-%d %H:%M:%S +0000")

    def el(self, t, lv, msg, pid=None):
        return "[%s] [%d] [%s] %s" % (self.ts(t), pid or pick(self.r, self.wk), lv, msg)

    def normal(self, t):
        r = self.r
        if r.random() < 0.003:
            return [self.el(t, "INFO", "Autorestarting worker after current request.")]
        path, med = wpick(r, [(40, ("POST /api/2.0/mlflow/runs/log-batch", 0.02)), (20, ("POST /api/2.0/mlflow/runs/log-metric", 0.012)),
                              (10, ("GET /api/2.0/mlflow/runs/get?run_id=%s" % hexs(r, 32), 0.03)), (8, ("POST /api/2.0/mlflow/runs/search", 0.15)),
                              (6, ("GET /api/2.0/mlflow/experiments/get-by-name?experiment_name=%s" % self.sc.run, 0.01)),
                              (5, ("PUT /api/2.0/mlflow-artifacts/artifacts/%d/%s/artifacts/checkpoints/model.pt" % (r.randrange(1, 40), hexs(r, 32)), 2.5)),
                              (5, ("POST /api/2.0/mlflow/runs/update", 0.015)), (4, ("GET /ajax-api/2.0/mlflow/metrics/get-history-bulk-interval?run_ids=%s&metric_key=loss" % hexs(r, 32), 0.3)),
                              (2, ("GET /health", 0.002))])
        st = wpick(r, [(97.5, 200), (1.5, 404), (0.8, 400), (0.1, 500)])
        if self.p5 and r.random() < self.p5:
            st = pick(r, [500, 500, 503, 502])
        body = 2 if st == 200 and "log" in path else r.randrange(50, 9000)
        d = lognorm(r, med, 0.5) * self.lat
        d = d if "health" not in path else lognorm(r, med, 0.5)
        return ['%s - - [%s] "%s HTTP/1.1" %d %d "-" "%s" %.6f' % (pick(r, self.ips), lt(t).strftime("%d/%b/%Y:%H:%M:%S +0000"), path, st, body,
                                                                    pick(r, ["mlflow-python-client/2.11.1", "python-requests/2.31.0", "Mozilla/5.0 (X11; Linux x86_64) Firefox/123.0"]), d)]

    def oom(self, t):
        r = self.r
        w = pick(r, self.wk)
        nw = r.randrange(1000, 9999)
        self.wk[self.wk.index(w)] = nw
        return [self.el(t, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % w, self.pid),
                self.el(t, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % w, self.pid),
                self.el(t, "INFO", "Booting worker with pid: %d" % nw, nw)]

    def disk(self, t):
        r = self.r
        rid = hexs(r, 32)
        return [self.el(t, "ERROR", "Exception on /api/2.0/mlflow-artifacts/artifacts/%d/%s/artifacts/checkpoints/model.pt [PUT]" % (r.randrange(1, 40), rid)),
                "Traceback (most recent call last):",
                '  File "/usr/local/lib/python3.10/site-packages/mlflow/server/handlers.py", line 1978, in _upload_artifact',
                "    artifact_repo.log_artifact(tmp_path, artifact_path=dirname)",
                '  File "/usr/local/lib/python3.10/site-packages/mlflow/store/artifact/local_artifact_repo.py", line 46, in log_artifact',
                "    shutil.copy2(local_file, artifact_dir)",
                "OSError: [Errno 28] No space left on device: '/mlflow/artifacts/%d/%s/artifacts/checkpoints/model.pt'" % (r.randrange(1, 40), rid),
                '%s - - [%s] "PUT /api/2.0/mlflow-artifacts/artifacts/%d/%s/artifacts/checkpoints/model.pt HTTP/1.1" 500 265 "-" "python-requests/2.31.0" %.6f'
                % (pick(r, self.ips), lt(t).strftime("%d/%b/%Y:%H:%M:%S +0000"), r.randrange(1, 40), rid, r.uniform(1, 9))]

    def retry(self, t):
        r = self.r
        return [self.el(t, "WARNING", "mlflow.store.db.utils: SQLAlchemy engine could not connect to database: (psycopg2.OperationalError) connection to server at \"mlflow-db.%s\" (%s), port 5432 failed: timeout expired" % (self.sc.domain, ip(r, "10.9"))),
                self.el(t, "INFO", "mlflow.store.db.utils: Retrying database connection (attempt %d of 10) in %d seconds" % (r.randrange(1, 10), r.choice([1, 2, 4, 8])))]

    def restart(self, t):
        return [self.el(t, "INFO", "Starting gunicorn 21.2.0", self.pid), self.el(t, "INFO", "Listening at: http://0.0.0.0:5000 (%d)" % self.pid, self.pid)]
