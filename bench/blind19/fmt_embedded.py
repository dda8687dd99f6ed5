"""Embedded / robotics formats: Zephyr, ESP-IDF, serial capture (Arduino-ESP32 with a
host-side time prefix), PX4 console, ROS 2 launch.log, ROS 1 node stdout, BitBake cooker
log, Linux kernel (serial console with U-Boot / kern.log / journalctl -o short-iso),
Mender client, SWUpdate."""
import time
from fmtbase import Fmt, MON, hexs, pick, ip

CRASHK = ("panic",)


def subst(t, msg):
    if "{" not in msg:
        return msg
    return (msg.replace("{AT}", "%d.%03d" % (int(t), int((t % 1) * 1000))).replace("{NT}", "%.4f" % t)
            .replace("{REQ}", "%.6f" % (t - 0.02)).replace("{LAT}", "%.6f" % (t - 0.2)))


# ---------------------------------------------------------------- Zephyr
class Zephyr(Fmt):
    key = "zephyr"
    clock = "uptime"
    fname = "zephyr-console.log"
    share = 0.8
    min_year = 2019
    kinds = ("panic", "disk_full")
    LV = {"D": "dbg", "I": "inf", "W": "wrn", "E": "err", "F": "err"}

    def setup(self, r):
        self.color = r.random() < 0.4
        self.ver = ("v3.%d.0" % min(7, self.year - 2022)) if self.year >= 2022 else "zephyr-v2.%d.0" % (self.year - 2019 + 4)
        self.dev = "gw-%02d" % r.randrange(1, 40)

    def head(self, t, lvl, tag, st):
        u = t - st["boot"]
        us = int(u * 1e6)
        s = us // 1000000
        h = "[%02d:%02d:%02d.%03d,%03d] " % (s // 3600, s // 60 % 60, s % 60, us // 1000 % 1000, us % 1000)
        if self.color and lvl in "WEF":
            return h + ("\x1b[1;31m" if lvl != "W" else "\x1b[1;33m") + "<%s> %s: " % (self.LV[lvl], tag)
        return h + "<%s> %s: " % (self.LV[lvl], tag)

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        s = self.head(t, lvl, tag, st) + msg
        return s + "\x1b[0m" if self.color and lvl in "WEF" else s

    def info(self, r):
        return pick(r, [("I", "sensor_task", "T=%.2fC RH=%.1f%% P=%.1fhPa" % (r.uniform(15, 30), r.uniform(25, 70), r.uniform(990, 1030))),
                        ("I", "app_mqtt", "Published to sensors/%s/telemetry (len %d)" % (self.dev, r.randrange(60, 300))),
                        ("D", "net_dhcpv4", "state=bound, lease renewal in %d s" % r.randrange(100, 3600)),
                        ("I", "lwm2m_rd_client", "Update Done"),
                        ("I", "bt_gw", "Scan result: %s (random) RSSI %d" % (":".join(hexs(r, 2).upper() for _ in range(6)), -r.randrange(40, 95)))])

    def warn(self, r):
        return ("W", "net_mqtt", "Socket write blocked, %d bytes pending" % r.randrange(50, 800))

    def e_i2c(self, r):
        return ("E", "i2c_nrfx_twim", "Error 0x0BAE0001 occurred for message 0")

    def e_rd(self, r):
        return ("E", "lwm2m_rd_client", "Failed to send update (-116)")

    errors = (e_i2c, e_rd)

    def retry(self, r, attempt):
        return ("W", "app_mqtt", "MQTT disconnected, retrying connection in %d s" % min(2 ** attempt, 60))

    def retry_ok(self, r):
        return ("I", "app_mqtt", "MQTT client connected!")

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("I", "main", "heartbeat: heap free %d bytes" % r.randrange(8000, 40000))

    def banner(self, r, st):
        return [(0.0, "RAW", "", "*** Booting MCUboot v%s ***\nI: Starting bootloader\nI: Primary image: magic=good, swap_type=0x1, copy_done=0x3, image_ok=0x1\nI: Bootloader chainload address offset: 0xc000\nI: Jumping to the first image slot" % ("2.0.0" if self.year >= 2023 else "1.9.0")),
                (0.25, "RAW", "", "*** Booting Zephyr OS build %s ***" % self.ver),
                (0.2501, "I", "main", "Starting %s firmware 1.%d.%d" % (self.dev, r.randrange(0, 9), r.randrange(0, 20))),
                (1.8, "I", "net_dhcpv4", "Received: 192.168.1.%d" % r.randrange(20, 200)),
                (2.5, "I", "app_mqtt", "MQTT client connected!")]

    def stop(self, r, st):
        return [(0.0, "I", "main", "Reboot requested by LwM2M server (execute /3/0/4)")]

    def panic(self, r, st):
        return [(0.0, "E", "os", "***** BUS FAULT *****\n  Precise data bus error\n  BFAR Address: 0x0\nr0/a1:  0x00000000  r1/a2:  0x20001a2c  r2/a3:  0x00000004\nr3/a4:  0x00000000 r12/ip:  0x00000000 r14/lr:  0x000%s\n xpsr:  0x61000000\nFaulting instruction address (r15/pc): 0x000%s\n>>> ZEPHYR FATAL ERROR 25: Unknown error on CPU 0\nCurrent thread: 0x2000%s (sensor_task)\nHalting system" % (hexs(r, 5), hexs(r, 5), hexs(r, 4)))]

    def disk(self, r):
        return ("E", "fs", "file write error (-28)")


def _zephyr_emit(self, t, lvl, tag, msg, st):
    if lvl == "RAW":
        return msg
    if "\n" in msg:
        return "\n".join(Zephyr.emit(self, t, lvl, tag, m, st) for m in msg.split("\n"))
    s = self.head(t, lvl, tag, st) + msg
    return s + "\x1b[0m" if self.color and lvl in "WEF" else s


Zephyr.emit = _zephyr_emit

ESP_ROM = ("ets Jun  8 2016 00:22:57\n\nrst:0x%s,boot:0x13 (SPI_FAST_FLASH_BOOT)\nconfigsip: 0, SPIWP:0xee\nclk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00\n"
           "mode:DIO, clock div:2\nload:0x3fff0030,len:7132\nload:0x40078000,len:15708\nload:0x40080400,len:4\nho 8 tail 4 room 4\nload:0x40080404,len:3876\nentry 0x4008064c")
GURU = ("Guru Meditation Error: Core  %d panic'ed (%s). Exception was unhandled.\n\nCore  %d register dump:\n"
        "PC      : 0x400d%s  PS      : 0x00060e30  A0      : 0x800d%s  A1      : 0x3ffb%s  \n"
        "A2      : 0x00000000  A3      : 0x3ffc%s  A4      : 0x00000001  A5      : 0x3ffb%s  \n"
        "EXCVADDR: 0x00000000  LBEG    : 0x4000c2e0  LEND    : 0x4000c2f6  LCOUNT  : 0xffffffff  \n\n\n"
        "Backtrace: 0x400d%s:0x3ffb%s 0x400d%s:0x3ffb%s 0x4008%s:0x3ffb%s\n\n\n\nELF file SHA256: %s\n\nRebooting...")


def guru(r):
    return GURU % (r.randrange(0, 2), pick(r, ["LoadProhibited", "StoreProhibited", "IllegalInstruction"]), 0,
                   hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 16))


# ---------------------------------------------------------------- ESP-IDF
class EspIdf(Fmt):
    key = "esp_idf"
    clock = "uptime"
    fname = "esp32-monitor.log"
    share = 0.9
    kinds = CRASHK
    COL = {"E": "\x1b[0;31m", "W": "\x1b[0;33m", "I": "\x1b[0;32m"}

    def setup(self, r):
        self.color = r.random() < 0.5
        self.idf = "v%d.%d.%d" % (min(5, 3 + (self.year - 2017) // 3), r.randrange(0, 4), r.randrange(0, 4))

    def head(self, t, lvl, tag, st):
        return "%s (%d) %s: " % ("D" if lvl == "D" else lvl if lvl in "IWE" else "E", int((t - st["boot"]) * 1000), tag)

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        s = self.head(t, lvl, tag, st) + msg
        if self.color and lvl in self.COL:
            return self.COL[lvl] + s + "\x1b[0m"
        return s

    def info(self, r):
        return pick(r, [("I", "MQTT_EXAMPLE", "MQTT_EVENT_PUBLISHED, msg_id=%d" % r.randrange(1000, 60000)),
                        ("I", "HTTP_CLIENT", "HTTP POST Status = 200, content_length = %d" % r.randrange(2, 200)),
                        ("I", "sensor", "temp=%.2f hum=%.1f" % (r.uniform(15, 30), r.uniform(20, 70))),
                        ("D", "esp_netif_lwip", "check: local, if=0x3ffb%s fn=0x400e%s" % (hexs(r, 4), hexs(r, 4)))])

    def warn(self, r):
        return ("W", "wifi", "<ba-add>idx:%d (ifx:0, %s), tid:%d, ssn:%d, winSize:64" % (r.randrange(0, 8), ":".join(hexs(r, 2) for _ in range(6)), r.randrange(0, 8), r.randrange(0, 4000)))

    def e_wr(self, r):
        return ("E", "MQTT_CLIENT", "Writing failed: errno=104")

    def e_tls(self, r):
        return ("E", "esp-tls", "[sock=%d] select() timeout" % r.randrange(48, 60))

    errors = (e_wr, e_tls)

    def retry(self, r, attempt):
        return ("I", "wifi station", "retry to connect to the AP")

    def retry_ok(self, r):
        return ("I", "wifi station", "got ip:192.168.1.%d" % r.randrange(20, 200))

    heartbeat_every = 30

    def heartbeat(self, r):
        return ("I", "main", "free heap: %d" % r.randrange(90000, 200000))

    def banner(self, r, st):
        rst = st.get("rst", "1 (POWERON_RESET)")
        return [(0.0, "RAW", "", ESP_ROM % rst),
                (0.029, "I", "boot", "ESP-IDF %s 2nd stage bootloader" % self.idf),
                (0.030, "I", "boot", "compile time %s %2d %d 12:04:31" % (MON[r.randrange(12)], r.randrange(1, 28), self.year - 1)),
                (0.031, "I", "boot", "Multicore bootloader"),
                (0.256, "I", "cpu_start", "Pro cpu up."),
                (0.270, "I", "cpu_start", "Starting scheduler on PRO CPU."),
                (0.282, "I", "heap_init", "Initializing. RAM available for dynamic allocation:"),
                (0.390, "I", "main_task", "Calling app_main()"),
                (2.1, "I", "wifi station", "got ip:192.168.1.%d" % r.randrange(20, 200))]

    def stop(self, r, st):
        st["rst"] = "c (SW_CPU_RESET)"
        return [(0.0, "I", "ota", "OTA update applied, restarting")]

    def panic(self, r, st):
        st["rst"] = "c (SW_CPU_RESET)"
        return [(0.0, "RAW", "", guru(r))]


# ---------------------------------------------------------------- serial capture
class SerialCapture(Fmt):
    """Arduino-ESP32 sketch output captured by a host terminal with a time prefix."""
    key = "serial_capture"
    clock = "local"
    fname = "serial-COM7.log"
    share = 0.9
    crlf_p = 0.6
    req_share = 0.25
    dur_median = 320.0
    kinds = ("error_burst", "new_error", "retry_storm", "latency_shift", "traffic_flood", "silence", "panic")

    def setup(self, r):
        self.fname = pick(r, ["serial-COM7.log", "putty.log", "ttyUSB0-capture.log", "minicom.cap"])
        if self.fname in ("minicom.cap", "ttyUSB0-capture.log"):
            self.crlf_p = 0.0
        self.core2 = self.year >= 2021

    def head(self, t, lvl, tag, st):
        g = self.lt(t)
        pre = "[%04d-%02d-%02d %02d:%02d:%02d.%03d] " % (g[0], g[1], g[2], g[3], g[4], g[5], int((t % 1) * 1000))
        if not tag:
            return pre
        f, _, fn = tag.partition("|")
        if self.core2:
            return pre + "[%6d][%s][%s] %s(): " % (int((t - st["boot"]) * 1000), lvl, f, fn)
        return pre + "[%s][%s] %s(): " % (lvl, f, fn)

    def emit(self, t, lvl, tag, msg, st):
        h = self.head(t, lvl, "" if lvl == "RAW" else tag, st)
        if "\n" not in msg:
            return h + msg
        h0 = self.head(t, lvl, "", st)
        lines = msg.split("\n")
        return "\n".join([h + lines[0]] + [h0 + m for m in lines[1:]])

    def info(self, r):
        return pick(r, [("I", "", "Temp: %.2f C  Hum: %.1f %%" % (r.uniform(15, 30), r.uniform(20, 70))),
                        ("I", "", "MQTT publish greenhouse/%d/telemetry ok" % r.randrange(1, 9)),
                        ("I", "", "Soil moisture: %d (raw %d)" % (r.randrange(20, 90), r.randrange(1200, 3000))),
                        ("I", "WiFiGeneric.cpp:1062|_eventCallback", "Event: %d - %s" % pick(r, [(7, "STA_GOT_IP"), (4, "STA_CONNECTED")]))])

    def warn(self, r):
        return ("W", "WiFiGeneric.cpp:1070|_eventCallback", "Reason: 201 - NO_AP_FOUND")

    def e_write(self, r):
        return ("E", "WiFiClient.cpp:395|write", "fail on fd %d, errno: 11, \"No more processes\"" % r.randrange(48, 60))

    def e_dht(self, r):
        return ("I", "", "Failed to read from DHT sensor!")

    def e_ssl(self, r):
        return ("E", "ssl_client.cpp:37|_handle_error", "[start_ssl_client():276]: (-80) UNKNOWN ERROR CODE (0050)")

    errors = (e_write, e_dht, e_ssl)

    def n_wire(self, r):
        return ("E", "Wire.cpp:513|requestFrom", "i2cRead returned Error 263")

    def n_nvs(self, r):
        return ("E", "Preferences.cpp:50|begin", "nvs_open failed: NOT_FOUND")

    new_errors = (n_wire, n_nvs)

    def request(self, r, status, dur):
        return ("I", "", "HTTP POST https://ingest.example.net/v1/readings -> %d in %d ms" % (status, dur))

    def retry(self, r, attempt):
        return ("I", "", "Attempting MQTT connection...failed, rc=-2 try again in 5 seconds")

    def retry_ok(self, r):
        return ("I", "", "Attempting MQTT connection...connected")

    heartbeat_every = 30

    def heartbeat(self, r):
        return ("I", "", "uptime=%ds heap=%d rssi=%d" % (r.randrange(100, 90000), r.randrange(150000, 230000), -r.randrange(45, 85)))

    def banner(self, r, st):
        rst = st.get("rst", "1 (POWERON_RESET)")
        return [(0.0, "RAW", "", ESP_ROM % rst), (0.4, "I", "", "Booting greenhouse-node fw 2.%d.%d" % (r.randrange(0, 9), r.randrange(0, 9))),
                (0.5, "I", "", "Connecting to WiFi \"greenhouse\"........"), (3.2, "I", "", "WiFi connected, IP address: 192.168.4.%d" % r.randrange(2, 200)),
                (3.4, "I", "", "Attempting MQTT connection...connected")]

    def stop(self, r, st):
        st["rst"] = "c (SW_CPU_RESET)"
        return [(0.0, "I", "", "OTA: update written, rebooting")]

    def panic(self, r, st):
        st["rst"] = "c (SW_CPU_RESET)"
        return [(0.0, "RAW", "", guru(r))]


# ---------------------------------------------------------------- PX4
class PX4(Fmt):
    key = "px4"
    clock = "none"
    fname = "px4-console.log"
    share = 0.5
    kinds = ()

    def head(self, t, lvl, tag, st):
        return "%s[%s] " % ({"D": "DEBUG ", "I": "INFO  ", "W": "WARN  ", "E": "ERROR ", "F": "PANIC "}[lvl], tag)

    def info(self, r):
        return pick(r, [("I", "commander", pick(r, ["Armed by RC", "Disarmed by landing", "Takeoff detected", "Landing detected", "Ready for takeoff!"])),
                        ("I", "navigator", "Mission #%d loaded, %d WPs, curr: 0" % (r.randrange(1, 30), r.randrange(3, 40))),
                        ("I", "navigator", "Mission finished, loitering"),
                        ("I", "ekf2", "%d - reset position to GPS" % r.randrange(0, 2)),
                        ("I", "logger", "Start file log (type: full)"),
                        ("I", "mavlink", "partner IP: 192.168.1.%d" % r.randrange(2, 60))])

    def warn(self, r):
        return ("W", "health_and_arming_checks", pick(r, ["Preflight Fail: ekf2 missing data", "Preflight: GPS fix too low", "Low battery level! Return advised"]))

    def e_ekf(self, r):
        return ("E", "mavlink", "could not start udp thread")

    errors = (e_ekf,)

    def heartbeat(self, r):
        return ("I", "commander", "Battery: %d%% remaining" % r.randrange(20, 100))

    heartbeat_every = 120

    def banner(self, r, st):
        return [(0.0, "RAW", "", "\n______  __   __    ___ \n| ___ \\ \\ \\ / /   /   |\n| |_/ /  \\ V /   / /| |\n|  __/   /   \\  / /_| |\n| |     / /^\\ \\ \\___  |\n\\_|     \\/   \\/     |_/\n\npx4 starting.\n"),
                (0.1, "I", "px4", "startup script: /bin/sh etc/init.d-posix/rcS 0"),
                (0.2, "I", "param", "selected parameter default file parameters.bson"),
                (0.3, "I", "dataman", "data manager file './dataman' size is 7866640 bytes"),
                (0.4, "I", "mavlink", "mode: Normal, data rate: 4000000 B/s on udp port 18570 remote port 14550"),
                (0.6, "I", "logger", "logger started (mode=all)")]

    def stop(self, r, st):
        return [(0.0, "I", "commander", "Shutdown request received")]


# ---------------------------------------------------------------- ROS 2 launch.log
ROS2_NODES = ["controller_server", "planner_server", "bt_navigator", "amcl", "perception_node", "robot_driver", "ros2"]


class Ros2Launch(Fmt):
    key = "ros2_launch"
    clock = "abs"
    fname = "launch.log"
    share = 1.5
    min_year = 2020
    req_share = 0.2
    dur_median = 24.0
    kinds = ("error_burst", "new_error", "retry_storm", "latency_shift", "traffic_flood", "silence", "disk_full", "panic")

    def setup(self, r):
        self.distro = "foxy" if self.year < 2022 else "humble" if self.year < 2025 else "jazzy"
        self.idx = {n: i + 1 for i, n in enumerate(ROS2_NODES)}

    def head(self, t, lvl, tag, st):
        lw = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}[lvl]
        if tag == "launch" or tag.startswith("L:"):
            return "%.7f [%s] [%s]: " % (t, lw, "launch" if tag == "launch" else tag[2:])
        if tag.startswith("O:"):
            return "%.7f [%s-%d] " % (t, tag[2:], self.idx[tag[2:]])
        name = "rosbag2_recorder" if tag == "ros2" else tag
        return "%.7f [%s-%d] [%s] [%d.%09d] [%s]: " % (t, tag, self.idx[tag], lw, int(t), int((t % 1) * 1e9), name)

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        if "\n" in msg:
            return "\n".join(self.head(t, lvl, tag, st) + m for m in msg.split("\n"))
        return self.head(t, lvl, tag, st) + msg

    def info(self, r):
        return pick(r, [("I", "bt_navigator", "Begin navigating from current location (%.2f, %.2f) to (%.2f, %.2f)" % (r.uniform(-5, 20), r.uniform(-5, 20), r.uniform(-5, 20), r.uniform(-5, 20))),
                        ("I", "bt_navigator", "Goal succeeded"),
                        ("I", "controller_server", "Received a goal, begin computing control effort."),
                        ("I", "controller_server", "Passing new path to controller."),
                        ("I", "controller_server", "Reached the goal!"),
                        ("I", "amcl", "Received a %d X %d map @ 0.050 m/pix" % (r.choice([384, 512]), r.choice([384, 512]))) if r.random() < 0.05 else ("D", "amcl", "Setting pose (%.6f): %.3f %.3f %.3f" % (r.random() * 1e3, r.uniform(-5, 5), r.uniform(-5, 5), r.uniform(-3, 3))),
                        ("I", "robot_driver", "battery %.1f V, motor temps %d/%d C" % (r.uniform(23, 26), r.randrange(30, 60), r.randrange(30, 60)))])

    def warn(self, r):
        return ("W", "controller_server", "Control loop missed its desired rate of 20.0000Hz")

    def e_plan(self, r):
        return ("E", "planner_server", "GridBased: failed to create plan with tolerance 0.50.")

    def e_prog(self, r):
        return ("E", "controller_server", "Failed to make progress")

    errors = (e_plan, e_prog)

    def n_tf(self, r):
        return ("E", "amcl", "Couldn't transform from laser_link to base_footprint, even though the message notifier is in use")

    def n_cuda(self, r):
        return ("E", "perception_node", "TensorRT: [executionContext.cpp::enqueueV3::2666] Error Code 1: Cuda Runtime (an illegal memory access was encountered)")

    new_errors = (n_tf, n_cuda)

    def request(self, r, status, dur):
        return ("I", "perception_node", "inference took %.1f ms (%d detections)" % (dur + r.random(), r.randrange(0, 20)))

    def retry(self, r, attempt):
        return ("W", "robot_driver", "Serial link to /dev/ttyACM0 lost, retrying in 1.0 s")

    def retry_ok(self, r):
        return ("I", "robot_driver", "Serial link to /dev/ttyACM0 re-established")

    heartbeat_every = 30

    def heartbeat(self, r):
        return ("I", "robot_driver", "diagnostics: OK (%d topics)" % r.randrange(20, 40))

    def banner(self, r, st):
        g = time.gmtime(int(st["now"]) + self.off)
        d = "%04d-%02d-%02d-%02d-%02d-%02d-%06d" % (g[0], g[1], g[2], g[3], g[4], g[5], r.randrange(10**6))
        out = [(0.0, "I", "launch", "All log files can be found below /home/robot/.ros/log/%s-robot-%d" % (d, st["pid"])),
               (0.001, "I", "launch", "Default logging verbosity is set to INFO")]
        for i, n in enumerate(ROS2_NODES):
            out.append((0.05 + i * 0.01, "I", "L:%s-%d" % (n, i + 1), "process started with pid [%d]" % (st["pid"] + 3 + i)))
        out += [(0.9, "I", "controller_server", "Creating controller server"), (1.0, "I", "amcl", "Creating"),
                (1.4, "I", "bt_navigator", "Creating"), (2.0, "I", "perception_node", "Loaded engine /opt/models/yolov8n.engine")]
        return out

    def stop(self, r, st):
        return [(0.0, "I", "launch", "user interrupted with ctrl-c (SIGINT)")] + [
            (0.2 + i * 0.01, "I", "L:%s-%d" % (n, i + 1), "process has finished cleanly [pid %d]" % (st["pid"] + 3 + i)) for i, n in enumerate(ROS2_NODES)]

    def panic(self, r, st):
        return [(0.0, "I", "O:controller_server", "terminate called after throwing an instance of 'std::runtime_error'\n  what():  Failed to compute velocity: costmap is not current"),
                (0.05, "E", "L:controller_server-1", "process has died [pid %d, exit code -6, cmd '/opt/ros/%s/lib/nav2_controller/controller_server --ros-args -r __node:=controller_server --params-file /tmp/launch_params_%s']." % (st["pid"] + 3, self.distro, hexs(r, 8)))]

    def disk(self, r):
        return ("E", "ros2", "Failed to write message: Error when processing SQL statement. SQLite error (13): database or disk is full")


# ---------------------------------------------------------------- ROS 1 node stdout
class Ros1Stdout(Fmt):
    key = "ros1_stdout"
    clock = "abs"
    fname = "move_base-5-stdout.log"
    share = 1.2
    max_year = 2025
    kinds = ("error_burst", "new_error", "retry_storm", "traffic_flood", "silence", "panic")

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        return self.head(t, lvl, tag, st) + subst(t, msg)

    def head(self, t, lvl, tag, st):
        return "[%s] [%d.%09d]: " % ({"D": "DEBUG", "I": " INFO", "W": " WARN", "E": "ERROR", "F": "FATAL"}[lvl], int(t), int((t % 1) * 1e9))

    def info(self, r):
        return pick(r, [("I", "", "Got new plan"), ("I", "", "Goal reached"), ("I", "", "Received new goal (%.2f, %.2f)" % (r.uniform(-5, 30), r.uniform(-5, 30))),
                        ("D", "", "Setting plan to controller")])

    def warn(self, r):
        return pick(r, [("W", "", "Control loop missed its desired rate of 10.0000Hz... the loop actually took %.4f seconds" % r.uniform(0.1, 0.4)),
                        ("W", "", "Map update loop missed its desired rate of 5.0000Hz... the loop actually took %.4f seconds" % r.uniform(0.2, 0.6)),
                        ("W", "", "DWA planner failed to produce path.")])

    def e_plan(self, r):
        return ("E", "", "Failed to get a plan.")

    def e_extrap(self, r):
        return ("E", "", "Extrapolation Error: Lookup would require extrapolation into the future.  Requested time {REQ} but the latest data is at time {LAT}, when looking up transform from frame [odom] to frame [map]")

    errors = (e_plan, e_extrap)

    def n_abort(self, r):
        return ("E", "", "Aborting because a valid control could not be found. Even after executing all recovery behaviors")

    def n_bump(self, r):
        return ("E", "", "Rotate recovery can't rotate in place because there is a potential collision. Cost: -1.00")

    new_errors = (n_abort, n_bump)

    def retry(self, r, attempt):
        return ("W", "", "Timed out waiting for transform from base_link to map to become available before running costmap, tf error: canTransform: target_frame map does not exist.. canTransform returned after 0.100919 timeout was 0.1.")

    def retry_ok(self, r):
        return ("I", "", "Recovery behavior will clear layer 'obstacles'")

    heartbeat_every = 30

    def heartbeat(self, r):
        return ("D", "", "move_base: waiting for goal, costmap current")

    def banner(self, r, st):
        return [(0.0, "I", "", "Using plugin \"static_layer\""), (0.01, "I", "", "Requesting the map..."),
                (0.3, "I", "", "Resizing costmap to 4000 X 4000 at 0.050000 m/pix"), (0.6, "I", "", "Received a 4000 X 4000 map at 0.050000 m/pix"),
                (0.61, "I", "", "Using plugin \"obstacle_layer\""), (0.62, "I", "", "    Subscribed to Topics: scan"),
                (0.7, "I", "", "Using plugin \"inflation_layer\""), (0.9, "I", "", "Created local_planner dwa_local_planner/DWAPlannerROS"),
                (0.91, "I", "", "Sim period is set to 0.10"), (1.1, "I", "", "Recovery behavior will clear layer 'obstacles'")]

    def stop(self, r, st):
        return [(0.0, "I", "", "move_base shutting down")]

    def panic(self, r, st):
        return [(0.0, "RAW", "", "terminate called after throwing an instance of 'boost::lock_error'\n  what():  boost: mutex lock failed in pthread_mutex_lock: Invalid argument")]


# ---------------------------------------------------------------- BitBake
class BitBake(Fmt):
    key = "bitbake"
    clock = "none"
    share = 0.7
    kinds = ()
    RECIPES = ["busybox-1.36.1-r0", "openssl-3.2.1-r0", "linux-yocto-6.6.21+git-r0", "glibc-2.39+git-r0", "systemd-255.4-r0",
               "python3-3.12.2-r0", "mender-client-3.5.2-r0", "u-boot-2024.01-r0", "curl-8.6.0-r0", "zlib-1.3.1-r0", "shop-agent-1.4.0-r0"]
    TASKS = ["do_fetch", "do_unpack", "do_patch", "do_configure", "do_compile", "do_install", "do_package", "do_package_write_ipk", "do_populate_sysroot"]

    def setup(self, r):
        self.n = 0
        self.total = r.randrange(3000, 9000)
        rel = {2017: ("1.36.0", "2.4", "rocko"), 2018: ("1.38.0", "2.5", "sumo"), 2019: ("1.42.0", "2.7", "warrior"),
               2020: ("1.46.0", "3.1", "dunfell"), 2021: ("1.50.0", "3.3", "hardknott"), 2022: ("2.0.0", "4.0", "kirkstone"),
               2023: ("2.4.0", "4.2", "mickledore"), 2024: ("2.8.0", "5.0", "scarthgap"), 2025: ("2.12.0", "5.2", "walnascar"),
               2026: ("2.12.0", "5.2", "walnascar")}
        self.bbv, self.dver, self.codename = rel[self.year]
        self.fname = "%d.log"  # completed in gen (uses window start)

    def head(self, t, lvl, tag, st):
        return {"D": "DEBUG: ", "I": "NOTE: ", "W": "WARNING: ", "E": "ERROR: ", "F": "ERROR: "}[lvl]

    def info(self, r):
        self.n += 1
        if self.n > self.total:
            self.n = 1
        rec, task = pick(r, self.RECIPES), pick(r, self.TASKS)
        x = r.random()
        if x < 0.34:
            return ("I", "", "Running task %d of %d (/home/build/poky/meta/recipes-%s/%s.bb:%s)" % (self.n, self.total, pick(r, ["core", "connectivity", "kernel", "devtools"]), rec.rsplit("-", 1)[0].replace("-", "_", 1), task))
        if x < 0.67:
            return ("I", "", "recipe %s: task %s: Started" % (rec, task))
        return ("I", "", "recipe %s: task %s: Succeeded" % (rec, task))

    def warn(self, r):
        return ("W", "", "%s do_package_qa: QA Issue: File /usr/lib/.debug/libfoo.so in package %s-dbg doesn't have GNU_HASH (didn't pass LDFLAGS?) [ldflags]" % (pick(r, self.RECIPES), pick(r, ["shop-agent", "libfoo"])))

    def e_fetch(self, r):
        return ("E", "", "shop-agent-1.4.0-r0 do_fetch: Fetcher failure for URL: 'git://git.example.com/shop-agent.git;protocol=https;branch=main'. Unable to fetch URL from any source.")

    errors = (e_fetch,)

    def heartbeat(self, r):
        return ("I", "", "Tasks Summary: Attempted %d tasks of which %d didn't need to be rerun and all succeeded." % (self.total, r.randrange(100, self.total)))

    heartbeat_every = 600

    def banner(self, r, st):
        return [(0.0, "RAW", "", "Build Configuration:\nBB_VERSION           = \"%s\"\nBUILD_SYS            = \"x86_64-linux\"\nNATIVELSBSTRING      = \"ubuntu-22.04\"\nTARGET_SYS           = \"aarch64-poky-linux\"\nMACHINE              = \"raspberrypi4-64\"\nDISTRO               = \"poky\"\nDISTRO_VERSION       = \"%s\"\nTUNE_FEATURES        = \"aarch64 crc cortexa72\"\nmeta                 \nmeta-poky            = \"%s:%s\"\n" % (self.bbv, self.dver, self.codename, hexs(r, 40))),
                (0.5, "I", "", "Executing Tasks")]

    def stop(self, r, st):
        return [(0.0, "I", "", "Sending SIGTERM to remaining 4 tasks")]


# ---------------------------------------------------------------- Linux kernel
def kernel_info(r):
    x = r.random()
    if x < 0.35:
        return ("I", "kernel", "[UFW BLOCK] IN=wlan0 OUT= MAC=01:00:5e:00:00:fb:%s SRC=192.168.1.%d DST=224.0.0.251 LEN=%d TOS=0x00 PREC=0x00 TTL=255 ID=%d DF PROTO=UDP SPT=5353 DPT=5353 LEN=%d"
                % (":".join(hexs(r, 2) for _ in range(6)) + ":08:00", r.randrange(2, 250), r.randrange(60, 400), r.randrange(0, 65535), r.randrange(40, 380)))
    if x < 0.5:
        return ("I", "kernel", "usb 1-1.%d: new high-speed USB device number %d using xhci_hcd" % (r.randrange(1, 5), r.randrange(3, 40)))
    if x < 0.65:
        return ("I", "kernel", "brcmfmac: brcmf_cfg80211_set_power_mgmt: power save %s" % pick(r, ["enabled", "disabled"]))
    if x < 0.8:
        return ("I", "kernel", "IPv6: ADDRCONF(NETDEV_CHANGE): wlan0: link becomes ready")
    return ("I", "kernel", "audit: type=1400 audit({AT}:%d): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.shop-agent.daemon\" name=\"/proc/%d/mounts\" pid=%d comm=\"shop-agent\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0"
            % (r.randrange(100, 9999), r.randrange(300, 3000), r.randrange(300, 3000)))


def kernel_oom(r, pid, comm, unit):
    return ["%s invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0" % comm,
            "CPU: 2 PID: %d Comm: %s Not tainted 6.1.0-rpi7-rpi-v8 #1 Debian 1:6.1.63-1+rpt1" % (pid, comm),
            "Hardware name: Raspberry Pi 4 Model B Rev 1.4 (DT)", "Call trace:", " dump_backtrace+0xa0/0x128", " show_stack+0x20/0x38",
            " dump_stack_lvl+0x48/0x60", " dump_stack+0x18/0x28", " dump_header+0x50/0x220", " oom_kill_process+0x274/0x280",
            " out_of_memory+0xf4/0x348", " __alloc_pages_slowpath.constprop.0+0x6d4/0x9f8", " __alloc_pages+0x2ac/0x2f0",
            "Mem-Info:", "active_anon:%d inactive_anon:%d isolated_anon:0" % (r.randrange(400000, 460000), r.randrange(1000, 9000)),
            "Tasks state (memory values in pages):", "[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name",
            "[%7d]  1000 %5d   812345   401234  3457024        0             0 %s" % (pid, pid, comm),
            "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/%s,task=%s,pid=%d,uid=1000" % (unit, comm, pid),
            "Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:3376kB oom_score_adj:0" % (pid, comm, r.randrange(2000000, 4000000), r.randrange(1500000, 1800000)),
            "oom_reaper: reaped process %d (%s), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB" % (pid, comm)]


class KernelConsole(Fmt):
    """Serial console of an embedded Linux board: U-Boot + printk with uptime."""
    key = "kernel_console"
    clock = "uptime"
    fname = "console.log"
    share = 0.7
    kinds = ("panic", "oom_kill")

    def head(self, t, lvl, tag, st):
        u = t - st["boot"]
        return "[%5d.%06d] " % (int(u), int((u % 1) * 1e6))

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        h = self.head(t, lvl, tag, st)
        return "\n".join(h + m for m in subst(t, msg).split("\n"))

    def info(self, r):
        return kernel_info(r)

    def warn(self, r):
        return ("W", "kernel", "hrtimer: interrupt took %d ns" % r.randrange(50000, 900000))

    def e_mmc(self, r):
        return ("E", "kernel", "mmc0: Timeout waiting for hardware interrupt.")

    def e_usb(self, r):
        return ("E", "kernel", "usb 1-1.%d: device descriptor read/64, error -71" % r.randrange(1, 5))

    errors = (e_mmc, e_usb)

    def retry(self, r, attempt):
        return ("W", "kernel", "nfs: server 10.0.0.5 not responding, still trying")

    def retry_ok(self, r):
        return ("I", "kernel", "nfs: server 10.0.0.5 OK")

    heartbeat_every = 300

    def heartbeat(self, r):
        return ("I", "kernel", "brcmfmac: brcmf_cfg80211_set_power_mgmt: power save enabled")

    def banner(self, r, st):
        return [(0.0, "RAW", "", "\nU-Boot 2024.01 (Jan 15 2024 - 10:12:33 +0000)\n\nDRAM:  3.9 GiB\nRPI 4 Model B (0xc03114)\nCore:  209 devices, 16 uclasses, devicetree: board\nMMC:   mmcnr@7e300000: 1, mmc@7e340000: 0\nLoading Environment from FAT... OK\nIn:    serial\nOut:   serial\nErr:   serial\nNet:   eth0: ethernet@7d580000\nHit any key to stop autoboot:  0 \nswitch to partitions #0, OK\nmmc0 is current device\nScanning mmc 0:1...\nFound U-Boot script /boot.scr\n23547904 bytes read in 1013 ms (22.2 MiB/s)\nStarting kernel ...\n"),
                (3.0, "I", "kernel", "Booting Linux on physical CPU 0x0000000000 [0x410fd083]"),
                (3.0, "I", "kernel", "Linux version 6.1.0-rpi7-rpi-v8 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT Debian 1:6.1.63-1+rpt1 (2023-11-24)"),
                (3.0, "I", "kernel", "Machine model: Raspberry Pi 4 Model B Rev 1.4"),
                (3.0, "I", "kernel", "Memory: 3791228K/4050944K available (11968K kernel code, 2088K rwdata, 3924K rodata, 4352K init, 1089K bss, 194180K reserved, 65536K cma-reserved)"),
                (4.8, "I", "kernel", "EXT4-fs (mmcblk0p2): mounted filesystem with ordered data mode. Quota mode: none."),
                (6.2, "I", "kernel", "brcmfmac: brcmf_fw_alloc_request: using brcm/brcmfmac43455-sdio for chip BCM4345/6")]

    def stop(self, r, st):
        return [(0.0, "I", "kernel", "reboot: Restarting system")]

    def oom(self, r, st):
        return [(0.0, "I", "kernel", "\n".join(kernel_oom(r, r.randrange(800, 3000), "shop-agent", "shop-agent.service")))]

    def panic(self, r, st):
        return [(0.0, "I", "kernel", "Unable to handle kernel NULL pointer dereference at virtual address 0000000000000008\nMem abort info:\n  ESR = 0x0000000096000005\n  EC = 0x25: DABT (current EL), IL = 32 bits\nInternal error: Oops: 0000000096000005 [#1] PREEMPT SMP\nModules linked in: brcmfmac brcmutil cfg80211 spidev i2c_bcm2835 shop_gpio(O)\nCPU: 1 PID: 1234 Comm: irq/56-shop_gpio Tainted: G           O       6.1.0-rpi7-rpi-v8 #1\npc : shop_gpio_irq_thread+0x3c/0x120 [shop_gpio]\nlr : irq_thread_fn+0x30/0xa0\nCall trace:\n shop_gpio_irq_thread+0x3c/0x120 [shop_gpio]\n irq_thread_fn+0x30/0xa0\n irq_thread+0x14c/0x270\n kthread+0x118/0x120\n ret_from_fork+0x10/0x20\nCode: f9400a61 b4000321 f9401e60 b40002e0 (b9400800) \n---[ end trace 0000000000000000 ]---\nKernel panic - not syncing: Oops: Fatal exception\nSMP: stopping secondary CPUs\nKernel Offset: disabled\n---[ end Kernel panic - not syncing: Oops: Fatal exception ]---")]


class KernLog(KernelConsole):
    """rsyslog /var/log/kern.log: traditional format before 2024, RFC 3339 after."""
    key = "kern_log"
    clock = "local"
    fname = "kern.log"
    share = 0.8
    kinds = ("error_burst", "new_error", "retry_storm", "traffic_flood", "oom_kill")

    def setup(self, r):
        self.iso = self.year >= 2024
        self.clock = "abs" if self.iso else "local"
        self.hostn = pick(r, ["raspberrypi", "edge-gw-07", "robot-03", "yocto-rpi4"])

    def head(self, t, lvl, tag, st):
        g = self.lt(t)
        if self.iso:
            return "%04d-%02d-%02dT%02d:%02d:%02d.%06d%s %s kernel: " % (g[0], g[1], g[2], g[3], g[4], g[5], int((t % 1) * 1e6), self.offstr(True), self.hostn)
        u = t - st["boot"]
        return "%s %2d %02d:%02d:%02d %s kernel: [%5d.%06d] " % (MON[g[1] - 1], g[2], g[3], g[4], g[5], self.hostn, int(u), int((u % 1) * 1e6))

    def banner(self, r, st):
        return []

    def stop(self, r, st):
        return []

    def n_ext4(self, r):
        return ("E", "kernel", "EXT4-fs error (device mmcblk0p2): ext4_lookup:1855: inode #131074: comm shop-agent: deleted inode referenced: %d" % r.randrange(131000, 140000))

    def n_uv(self, r):
        return ("E", "kernel", "hwmon hwmon1: Undervoltage detected!")

    new_errors = (n_ext4, n_uv)

    def panic(self, r, st):
        return None


class Journal(Fmt):
    """journalctl -o short-iso export of an embedded Linux device."""
    key = "journal"
    clock = "abs"
    fname = "journal.txt"
    share = 1.3
    kinds = ("error_burst", "new_error", "retry_storm", "traffic_flood", "silence", "oom_kill", "disk_full")
    PIDS = {"systemd": 1, "kernel": 0, "sshd": 0, "CRON": 0, "NetworkManager": 612, "shop-agent": 0, "systemd-journald": 231,
            "avahi-daemon": 540, "dbus-daemon": 498, "chronyd": 577}

    def setup(self, r):
        self.hostn = pick(r, ["raspberrypi", "edge-gw-07", "robot-03", "yocto-rpi4"])
        self.colon = self.year >= 2021
        self.fname = pick(r, ["journal.txt", "journalctl.log"])

    def head(self, t, lvl, tag, st):
        g = self.lt(t)
        ts = "%04d-%02d-%02dT%02d:%02d:%02d%s" % (g[0], g[1], g[2], g[3], g[4], g[5], self.offstr(self.colon))
        if tag == "kernel":
            return "%s %s kernel: " % (ts, self.hostn)
        p = self.PIDS.get(tag, 0) or (st["pid"] if tag == "shop-agent" else 1000 + int(t * 13) % 30000)
        return "%s %s %s[%d]: " % (ts, self.hostn, tag, p)

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        h = self.head(t, lvl, tag, st)
        return "\n".join(h + m for m in subst(t, msg).split("\n"))

    def info(self, r):
        x = r.random()
        if x < 0.3:
            return kernel_info(r)
        if x < 0.5:
            return ("I", "shop-agent", "uploaded %d readings to https://ingest.example.net (batch %d)" % (r.randrange(1, 200), r.randrange(10**4, 10**5)))
        if x < 0.62:
            return ("I", "NetworkManager", "<info>  [{NT}] device (wlan0): supplicant interface state: completed -> completed")
        if x < 0.72:
            return ("I", "sshd", "Accepted publickey for robot from 10.0.0.%d port %d ssh2: ED25519 SHA256:%s" % (r.randrange(2, 200), r.randrange(30000, 65000), hexs(r, 20)))
        if x < 0.8:
            return ("I", "avahi-daemon", "Registering new address record for 192.168.1.%d on wlan0.IPv4." % r.randrange(2, 250))
        if x < 0.9:
            return ("I", "chronyd", "Selected source 192.168.1.1 (time.example.net)")
        return ("I", "systemd", pick(r, ["Starting logrotate.service - Rotate log files...", "logrotate.service: Deactivated successfully.",
                                         "Finished logrotate.service - Rotate log files.", "Starting apt-daily.service - Daily apt download activities..."]))

    def warn(self, r):
        return ("W", "shop-agent", "sensor bus slow: read took %d ms" % r.randrange(200, 900))

    def e_mmc(self, r):
        return ("E", "kernel", "mmc0: Timeout waiting for hardware interrupt.")

    def e_agent(self, r):
        return ("E", "shop-agent", "ERROR upload failed: HTTPSConnectionPool(host='ingest.example.net', port=443): Read timed out. (read timeout=10)")

    errors = (e_mmc, e_agent)

    def n_dbus(self, r):
        return ("E", "dbus-daemon", "[system] Failed to activate service 'org.bluez': timed out (service_start_timeout=25000ms)")

    def n_uv(self, r):
        return ("E", "kernel", "hwmon hwmon1: Undervoltage detected!")

    new_errors = (n_dbus, n_uv)

    def retry(self, r, attempt):
        return ("W", "shop-agent", "WARNING mqtt: connection lost (rc=7), reconnecting in %ds" % min(2 ** attempt, 60))

    def retry_ok(self, r):
        return ("I", "shop-agent", "INFO mqtt: connected to broker.example.net:8883")

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("I", "CRON", "(root) CMD (/usr/local/bin/shop-healthcheck >/dev/null 2>&1)")

    def banner(self, r, st):
        return [(0.0, "I", "systemd", "Started shop-agent.service - Shop edge agent."),
                (0.6, "I", "shop-agent", "INFO shop-agent 1.4.%d starting (python 3.%d)" % (r.randrange(0, 9), r.randrange(9, 13))),
                (1.1, "I", "shop-agent", "INFO mqtt: connected to broker.example.net:8883")]

    def stop(self, r, st):
        return [(0.0, "I", "systemd", "Stopping shop-agent.service - Shop edge agent..."), (0.4, "I", "shop-agent", "INFO received SIGTERM, exiting"),
                (0.6, "I", "systemd", "shop-agent.service: Deactivated successfully."), (0.61, "I", "systemd", "Stopped shop-agent.service - Shop edge agent.")]

    def oom(self, r, st):
        return [(0.0, "I", "kernel", "\n".join(kernel_oom(r, st["pid"], "shop-agent", "shop-agent.service"))),
                (0.1, "I", "systemd", "shop-agent.service: A process of this unit has been killed by the OOM killer.\nshop-agent.service: Main process exited, code=killed, status=9/KILL\nshop-agent.service: Failed with result 'oom-kill'.\nshop-agent.service: Consumed 2min 13.512s CPU time."),
                (5.0, "I", "systemd", "shop-agent.service: Scheduled restart job, restart counter is at 1.")]

    def disk(self, r):
        return pick(r, [("E", "systemd-journald", "Failed to open system journal: No space left on device"),
                        ("E", "shop-agent", "ERROR spool write failed: [Errno 28] No space left on device: '/var/lib/shop-agent/spool/%d.json'" % r.randrange(10**5, 10**6))])


# ---------------------------------------------------------------- Mender, SWUpdate
class Mender(Fmt):
    key = "mender"
    clock = "abs"
    fname = "mender-client.log"
    share = 0.35
    busy = False
    kinds = ("error_burst", "new_error", "retry_storm", "disk_full", "panic")

    def head(self, t, lvl, tag, st):
        g = self.lt(t)
        return 'time="%04d-%02d-%02dT%02d:%02d:%02d%s" level=%s msg=' % (g[0], g[1], g[2], g[3], g[4], g[5], self.offstr(True),
                                                                         {"D": "debug", "I": "info", "W": "warning", "E": "error", "F": "fatal"}[lvl])

    def emit(self, t, lvl, tag, msg, st):
        if lvl == "RAW":
            return msg
        return self.head(t, lvl, tag, st) + '"' + msg.replace('"', '\\"') + '"'

    def info(self, r):
        return pick(r, [("I", "", "State transition: update-check [Sync] -> check-wait [Idle]"),
                        ("I", "", "State transition: check-wait [Idle] -> inventory-update [Sync]"),
                        ("I", "", "State transition: inventory-update [Sync] -> check-wait [Idle]"),
                        ("D", "", "Handling check wait state"), ("D", "", "Check wait state; next action: update-check"),
                        ("I", "", "No update available")])

    def warn(self, r):
        return ("W", "", "Artifact verification key not configured; signature checks are disabled")

    def e_inv(self, r):
        return ("E", "", "Failed to submit inventory: Put \"https://hosted.mender.io/api/devices/v1/inventory/device/attributes\": dial tcp: lookup hosted.mender.io: Temporary failure in name resolution")

    def e_chk(self, r):
        return ("E", "", "Update check failed: transient error: failed to check update info on the server. Response: &{503 Service Unavailable 503 HTTP/1.1}")

    errors = (e_inv, e_chk)

    def n_auth(self, r):
        return ("E", "", "Failed to authorize with \"https://hosted.mender.io\": Unauthorized: [bd0c] dev auth: unauthorized")

    new_errors = (n_auth,)

    def retry(self, r, attempt):
        return ("W", "", "Server \"https://hosted.mender.io\" unreachable, retrying in %ds (attempt %d)" % (min(2 ** attempt, 60), attempt))

    def retry_ok(self, r):
        return ("I", "", "successfully received new authorization data from server https://hosted.mender.io")

    heartbeat_every = 60

    def heartbeat(self, r):
        return ("D", "", "Update check: polling https://hosted.mender.io/api/devices/v2/deployments/device/deployments/next")

    def banner(self, r, st):
        v = "3.%d.%d" % (min(5, self.year - 2021) if self.year >= 2021 else 0, r.randrange(0, 4)) if self.year >= 2021 else "2.%d.%d" % (self.year - 2017, r.randrange(0, 3))
        return [(0.0, "I", "", "Running Mender client version: %s" % v), (0.1, "I", "", "Wrote authentication status to /var/lib/mender/auth-token"),
                (0.2, "I", "", "State transition: init [none] -> idle [Idle]")]

    def stop(self, r, st):
        return [(0.0, "I", "", "Daemon terminated with SIGTERM")]

    def panic(self, r, st):
        return [(0.0, "RAW", "", "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x5a1b2c]\n\ngoroutine 1 [running]:\ngithub.com/mendersoftware/mender/app.(*checkWaitState).Handle(0xc0001ac000, 0xc000182000, {0x8a3f40, 0xc0001b0000})\n\t/go/src/github.com/mendersoftware/mender/app/state.go:596 +0x2c\ngithub.com/mendersoftware/mender/app.(*Mender).TransitionState(...)\n\t/go/src/github.com/mendersoftware/mender/app/mender.go:812\nmain.main()\n\t/go/src/github.com/mendersoftware/mender/main.go:34 +0x5d\n\ngoroutine 18 [select]:\ngithub.com/mendersoftware/mender/app.(*MenderDaemon).Run.func1()\n\t/go/src/github.com/mendersoftware/mender/app/daemon.go:117 +0xb4\ncreated by github.com/mendersoftware/mender/app.(*MenderDaemon).Run\n\t/go/src/github.com/mendersoftware/mender/app/daemon.go:110 +0x9c")]

    def disk(self, r):
        return ("E", "", "Failed to write deployment log: write /data/mender/deployments.0001.%s.log: no space left on device" % hexs(r, 8))


class SWUpdate(Fmt):
    key = "swupdate"
    clock = "none"
    fname = "swupdate.log"
    share = 0.25
    busy = False
    kinds = ()

    def head(self, t, lvl, tag, st):
        return {"D": "[TRACE] : SWUPDATE running :  ", "I": "[INFO ] : SWUPDATE running :  ", "W": "[WARN ] : SWUPDATE running :  ",
                "E": "[ERROR] : SWUPDATE failed [0] ERROR ", "F": "[ERROR] : SWUPDATE failed [0] ERROR "}[lvl]

    def info(self, r):
        return pick(r, [("D", "", "[network_initializer] : Main loop daemon"), ("D", "", "[listener_create] : creating socket at /tmp/swupdateprog"),
                        ("I", "", "[suricatta] : No pending action on server"), ("D", "", "[channel_get] : Channel HTTP 200 OK (server returned %d bytes)" % r.randrange(100, 900))])

    def warn(self, r):
        return ("W", "", "[suricatta] : Server busy, backing off")

    def e_srv(self, r):
        return ("E", "", "corelib/channel_curl.c : channel_get : 1218 : Channel operation returned HTTP error code 502.")

    errors = (e_srv,)

    def heartbeat(self, r):
        return ("D", "", "[start_suricatta] : Sleeping for 300 seconds.")

    heartbeat_every = 300

    def banner(self, r, st):
        return [(0.0, "RAW", "", "SWUpdate v2023.12.0\n\nLicensed under GPLv2. See source distribution for detailed copyright notices.\n"),
                (0.1, "I", "", "[read_lua_config] : Running with suricatta"), (0.2, "D", "", "[network_initializer] : Main loop daemon")]

    def stop(self, r, st):
        return [(0.0, "I", "", "[main] : Received SIGTERM, exiting")]
