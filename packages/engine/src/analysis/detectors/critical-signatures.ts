// Messages that matter even once. Word-bounded so look-alikes ("room", "oom_score_adj", "panic=0"
// on a kernel command line, "disk usage 45%") do not match.
export const CRITICAL_SIGNATURES: { name: string; pattern: RegExp }[] = [
  {
    // Also the JVM's OutOfMemoryError (Cassandra: "OutOfMemory error letting the JVM handle the
    // error"), Heroku's R15 "Memory quota vastly exceeded" (its R14 "Memory quota exceeded" is a warning),
    // PHP's "Allowed memory size of 134217728 bytes exhausted", the Erlang VM's "eheap_alloc: Cannot
    // allocate 6801972136 bytes of memory", Rust's "memory allocation of 1048576 bytes failed", Ruby's
    // NoMemoryError, Python's MemoryError (its traceback's last line), ClamAV's "Can't allocate
    // memory", chronyd's "Could not allocate memory", Kamailio's "build_cell(): out of shm memory"
    // (its shared or private pools: "no more pkg memory"), PostgreSQL's "out of shared memory",
    // Asterisk's "Memory Allocation Failure in function ast_str_create", the kubelet's "Got sys oom
    // event" (a container's process killed by the kernel),
    // Android's low memory killer ("lowmemorykiller: Kill 'com.acme.app' (5092), uid 10218, oom_score_adj 0
    // to free 189714kB rss", "Killing '…'" before lmkd), YARN killing a Spark executor's container
    // ("Container killed by YARN for exceeding physical memory limits"), Oracle's shared pool exhausted
    // (ORA-04031: "unable to allocate 4160 bytes of shared memory"), Windows' Resource-Exhaustion-Detector
    // (event 2004: "Windows successfully diagnosed a low virtual memory condition"), an Erlang process
    // killed at its `max_heap_size` (CouchDB: "Context:  maximum heap size reached"), a Haskell
    // program's runtime ("shop-api: Heap exhausted;"); Cloud Run's and Cloud Functions' end of an
    // instance over its limit ("Memory limit of 512 MiB exceeded with 538 MiB used", "Error: memory
    // limit exceeded."); OpenLDAP's slapd ("ch_malloc of 16777216 bytes failed", then it ends); iOS'
    // jetsam ("memorystatus: killing_specific_process pid 9484 [App] (per-process-limit 3)", and the
    // app's exit with "domain:jetsam"); Slurm's job state `OUT_OF_MEMORY` (its jobcomp record of a job
    // the cgroup's OOM killer ended); Trino's and Presto's coordinator killing queries as the cluster
    // runs out of memory (`Query … killed by TotalReservationOnBlockedNodesLowMemoryKiller`, the query
    // then `FAILED (CLUSTER_OUT_OF_MEMORY)`); Dask's nanny restarting a worker over its memory limit
    // ("Worker tcp://10.1.3.202:43538 (pid=31334) exceeded 95% memory budget. Restarting..."), Ray's
    // memory monitor ("Killing worker with task … because the node is running low on memory (OOM)").
    name: 'out of memory',
    pattern:
      /\b(out of (?:shm |pkg |shared )?memory|out_of_memory|no more (?:shm|pkg) memory|diagnosed a low virtual memory condition|oom[- _]?kill(?:ed|er)?|oomkilled|(?:can(?:not|'t)|could not|unable to) allocate memory|OutOfMemory(?:Error|Exception)?|memory quota vastly exceeded|allowed memory size of \d+ bytes exhausted|cannot allocate \d+ bytes of memory|memory allocation of \d+ bytes failed|memory allocation failure|got sys oom event|NoMemoryError|MemoryError|lowmemorykiller: kill(?:ing)? '|killed by YARN for exceeding (?:physical |virtual )?memory limits|unable to allocate \d+ bytes of shared memory|maximum heap size reached|heap exhausted|(?:ch_)?(?:malloc|calloc|realloc) of \d+ bytes failed|memory limit (?:of \d+(?:\.\d+)? ?[KMG]i?B )?exceeded|memorystatus: kill(?:ing)?_\w+ pid|domain:jetsam|cluster_out_of_memory|killed by \w*lowmemorykiller|exceeded \d+% memory budget|node (?:is )?running low on memory)\b/i,
  },
  // Node's (V8's) report of running out of heap opens on the last garbage collections it tried.
  { name: 'out of memory', pattern: /^<--- Last few GCs --->/m },
  // Also a Go program's panic it recovered to report, Telegraf's "E! FATAL: [inputs.snmp] panicked:
  // runtime error: index out of range [9] with length 1, Stack:".
  // An ESP32's crash (ESP-IDF, Arduino): "Guru Meditation Error: Core  0 panic'ed (IllegalInstruction)".
  { name: 'panic', pattern: /\b(kernel panic|panic:|panicked at|panicked: |Guru Meditation Error\b)/i },
  {
    // The Go runtime's own crashes, written instead of a panic, the JVM's, Node's uncaught exception
    // (an event opening on its throw site "/app/x.js:73", ending on "Node.js v18.19.0"), and a
    // server's crash report (Redis: "# Redis 7.2.5 crashed by signal: 11", MySQL: "mysqld got signal 11 ;"),
    // the Erlang VM's end ("Kernel pid terminated (application_controller) …", "Crash dump is being
    // written to: erl_crash.dump"), Android's uncaught exception ("E AndroidRuntime: FATAL EXCEPTION: main"),
    // a game server's ("This crash report has been saved to: …"), an Oracle instance's end ("PMON
    // (ospid: 2174): terminating the instance due to ORA error 4031"), Windows' report of a process's crash
    // (Application Error 1000: "Faulting application name: …") and its service control manager's ("The
    // Acme Sync Agent service terminated unexpectedly."), GlusterFS' crash dump ("signal received: 11"), Db2's trap ("ADM14001C  An unexpected and
    // critical error has occurred: "Trap".") and its instance's end ("ADM0503C … All DB2 processes
    // associated with this instance have been shutdown."), OpenVPN's ("Assertion failed at mroute.c:462",
    // "Exiting due to fatal error"), the JVM's uncaught exception (its default handler's
    // "Exception in thread "main" java.lang.…" opening an event, Spark's and Kafka's handlers' "Uncaught
    // exception in thread …": the thread, often the process, ends), strongSwan's daemon's end on a
    // signal ("killing ourself, received critical signal", after "thread 7 received 11"), .NET's
    // runtime ending a process on an exception nothing caught ("Unhandled exception.
    // System.InvalidOperationException: …", opening its event), loguru's `@logger.catch` around a
    // function ("An error has been caught in function 'main', process 'MainProcess' (57135), …", its
    // traceback after), Node's uncaught exception as a handler logs it (winston's exception handler
    // and other `process.on('uncaughtException')` handlers: "uncaughtException: Cannot read properties
    // of null (reading 'payload')"; Node-RED's "[red] Uncaught Exception:"), Firebird's (its access
    // violation "will cause the Firebird server to terminate abnormally", its Guardian's
    // "firebird.exe: terminated abnormally (-1)"), an Erlang process's crash report (OTP's logger:
    // "crasher:" then "initial call: emqx_connection:init/4"; SASL's "=CRASH REPORT==== …"; CouchDB's
    // "CRASH REPORT Process couch_index_server (<0.299.0>) with 0 neighbors exited with reason: killed"),
    // gunicorn's master giving up ("Shutting down: Master", "Reason: Worker failed to boot."), Ceph's
    // daemons' ("FAILED ceph_assert(0 == "unexpected error")", "*** Caught signal (Aborted) **"), NVIDIA
    // Triton's ("Signal (11) received." and its frames; 15, a stop, is none), C++'s std::terminate
    // ("terminate called after throwing an instance of 'boost::lock_error'", "… without an active
    // exception": the process aborts), an HBase server's abort ("***** ABORTING region server
    // analytics-24,16020,…: IOE in log roller *****"), ROS 2's launch reporting a node killed by a signal
    // ("process has died [pid 10342, exit code -6, cmd …]": SIGABRT; -11 SIGSEGV; not -2 or -15, a
    // stop), a Haskell program's partial function failing ("shop-api: Prelude.head: empty list": GHC's
    // top handler prints it and the program ends), Deno's end on an exception nothing caught ("error:
    // Uncaught (in promise) TypeError: …", its frames after), FRR's daemons' crash handler ("BGP: Received
    // signal 11 at 1615634300 (si_addr 0x10, PC …); aborting..."); a Node process's handler of an
    // exception nothing caught, before it exits (Zigbee2MQTT's "Unhandled exception: TypeError: …"); a
    // failed assertion that aborts the process: Tor's "Assertion circ->purpose != … failed; aborting.",
    // C's assert() as glibc reports it ("tor: circuitlist.c:2211: f: Assertion `x != NULL' failed.").
    name: 'runtime crash',
    pattern:
      /\bFATAL EXCEPTION: |\bReceived signal (?:4|6|7|8|11) at \d+ \(si_addr |\bAn error has been caught in function '[^']*', process '|^Unhandled exception\. [\w.]+: |^Unhandled exception: \w*Error: |\bAssertion [^\n]{1,200} failed; aborting\b|: Assertion `[^'\n]{1,200}' failed\.|\bkilling ourself, received critical signal\b|\bUncaught exception in thread\b|^Exception in thread "[^"\n]*" |\bFaulting application name: |\bservice terminated unexpectedly\b|\ban unexpected and critical error has occurred\b|\bprocesses associated with this instance have been shut ?down\b|\bExiting due to fatal error\b|\bcrash report has been saved to\b|\bterminating the instance due to (?:ORA )?error\b|\bKernel pid terminated \(|\bCrash dump is being written to\b|\bfatal error: (all goroutines are asleep|concurrent map|stack overflow|out of memory|unexpected signal|runtime: )|\bA fatal error has been detected by the Java Runtime Environment|\bcrashed by signal\b|\bgot signal (?:6|7|8|11)\b|^signal received: (?:6|7|8|11)$|^\/[\w./@+-]+\.[cm]?[jt]s:\d+\n|^Node\.js v\d+\.\d+\.\d+$|\buncaughtException: |\bUncaught Exception:|\.exe: terminated abnormally\b|\bcrasher:\s*\n\s*initial call: |=CRASH REPORT====|\*\*\* Caught signal \(|\bterminate called (?:after throwing an instance of '|without an active exception)|\bprocess has died \[pid \d+, exit code -(?:4|6|7|8|11)\b|\bPrelude\.\S+: (?:empty list|index too large|negative index|no parse)\b|\bPrelude\.undefined\b|^error: Uncaught (?:\(in promise\) )?\w+: |^Signal \((?:6|7|8|11)\) received\.|\*\*\*\*\* ABORTING (?:region server|master)\b|\bFAILED (?:ceph_)?assert\(|\bCRASH REPORT Process \S|\bReason: Worker failed to boot\b|\bwill cause the [^.]{1,60}\bto terminate abnormally\b|\bABNORMAL TERMINATION OF CICS\b|\bShutting down abnormally due to\b|\bSignal (?:4|6|7|8|11) at location 0x[0-9A-Fa-f]+ in process \d+|\*\*\* Assert exp\(/im,
  },
  // Python's report of an uncaught exception, opening the event (a logged one follows its log line);
  // also behind torchrun's rank prefix ("[rank7]: Traceback (most recent call last):").
  {
    name: 'runtime crash',
    pattern: /^(?:\[(?:rank|default)\d+\]:\s?)?Traceback \(most recent call last\):/,
  },
  // (Also jBASE's "Segmentation violation" and "Program aborted, core dump written to …" under Temenos
  // T24; Windows' own, SQL Server's "SqlDumpExceptionHandler: Process 134 generated fatal exception
  // c0000005 EXCEPTION_ACCESS_VIOLATION. SQL Server is terminating this process.")
  {
    name: 'segmentation fault',
    pattern:
      /\b(segfault|segmentation (?:fault|violation)|sigsegv|core dumped|core dump written|sigbus|EXCEPTION_ACCESS_VIOLATION)\b/i,
  },
  // (Also z/OS's out-of-space abends of a data set: `ABEND=SB37`, `SD37`, `SE37`; Windows' own
  // "There is not enough space on the disk."; SQL Server's 1105 "… because the 'PRIMARY' filegroup is
  // full" and 9002 "The transaction log for database 'DW' is full due to 'LOG_BACKUP'".)
  {
    name: 'disk full',
    pattern:
      /\b(no space left on device|disk (is )?full|enospc|disk quota exceeded|ABEND=S[BDE]37|not enough space on the disk|filegroup is full|transaction log for database '[^']*' is full)\b/i,
  },
  {
    name: 'data corruption',
    pattern: /\b(data corruption|corrupt(ed)? (block|page|index|file|database)|checksum mismatch)\b/i,
  },
  // A database deadlock is not here: it aborts one transaction, which is retried; a run of them is an
  // error spike.
  { name: 'too many open files', pattern: /\btoo many open files\b/i },
  {
    // supervisord's "exited: worker_00 (exit status 139; not expected)" (139: a segfault) or
    // "(terminated by SIGKILL; not expected)"; systemd's "Main process exited, code=dumped,
    // status=11/SEGV" (not a stop's "code=killed, status=15/TERM") or "code=exited, status=1/FAILURE"
    // (not 0, nor 130/143: a JVM's exit on SIGINT/SIGTERM); a Heroku dyno's "State changed
    // from up to crashed" (not the restart after it, "from crashed to starting"); Kubernetes'
    // "Back-off restarting failed container" and CrashLoopBackOff; PostgreSQL starting again after
    // its server died ("database system was not properly shut down; automatic recovery in progress")
    // or after one of its processes did ("all server processes terminated; reinitializing"); a .NET
    // host's exception escaping `Run()`, as its template's Program.cs logs it ("Host terminated
    // unexpectedly": the process ends); auditd's record of a process ended by a signal that dumps its
    // core ("type=ANOM_ABEND … comm="httpd" exe="/usr/sbin/httpd" sig=11"); ISC's daemons' (dhcpd,
    // dhclient, BIND 9's older named) fatal end, its error then "If you think you have received this
    // message due to a bug rather than a configuration issue…" and "exiting.".
    name: 'process crashed',
    pattern:
      /\bANOM_ABEND\b[^\n]*\bsig=(?:4|6|7|8|11)\b|\bHost terminated unexpectedly\b|\bnot properly shut down; automatic recovery in progress\b|\ball server processes terminated; reinitializing\b|\bexited: \S+ \([^)]*; not expected\)|\bMain process exited, code=(?:dumped|killed), status=(?:6\/ABRT|7\/BUS|9\/KILL|11\/SEGV)\b|\bMain process exited, code=exited, status=(?!0\/|130\/|143\/)\d+\/|\bState changed from \w+ to crashed\b|\bBack-off restarting failed container\b|\bCrashLoopBackOff\b|\bIf you think you have received this message due to a bug rather\b/i,
  },
  {
    // A proxy with every server of a backend down: HAProxy's "backend app_be has no server
    // available!", nginx's "no live upstreams while connecting to upstream". One server going down
    // ("Server app_be/app-2 is DOWN … 1 active … left") is not here: the others serve.
    name: 'no server left',
    pattern: /\bbackend \S+ has no server available!|\bno live upstreams while connecting to upstream\b/i,
  },
  {
    name: 'process killed',
    // "signal: killed": Go's exec error for a SIGKILLed child, and AWS Lambda's "Runtime exited with error".
    // Celery: "Process 'ForkPoolWorker-3' pid:18214 exited with 'signal 9 (SIGKILL)'".
    pattern:
      /\b(killed process \d+|received sigkill|terminated by signal (9|11)|signal: killed|signal 9 \(sigkill\))/i,
  },
];

export function criticalSignature(text: string): string | null {
  for (const { name, pattern } of CRITICAL_SIGNATURES) if (pattern.test(text)) return name;
  return null;
}
