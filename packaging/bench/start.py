#!/usr/bin/env python3
"""Start-to-drawn time of a window program under an X server ($DISPLAY).

usage: start.py SETTLE_SECONDS PROGRAM ARGS...

Starts PROGRAM, grabs the whole screen every few milliseconds and notes
when it changed. After SETTLE_SECONDS the program is stopped; the screens
seen in the last second are its settled picture (a blinking cursor gives
two). "Drawn" is the first moment from which the screen only ever shows a
settled picture: the window is up and fully painted. Prints seconds.
"""
import hashlib
import subprocess
import sys
import time

from Xlib import X, display

settle = float(sys.argv[1])
cmd = sys.argv[2:]
d = display.Display()
root = d.screen().root
geo = root.get_geometry()


def grab():
    img = root.get_image(0, 0, geo.width, geo.height, X.ZPixmap, 0xFFFFFFFF)
    return hashlib.blake2b(img.data, digest_size=16).digest()


blank = grab()
t0 = time.monotonic()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seen = []  # (seconds since start, screen hash)
while time.monotonic() - t0 < settle:
    seen.append((time.monotonic() - t0, grab()))
    time.sleep(0.005)
proc.terminate()
try:
    proc.wait(10)
except subprocess.TimeoutExpired:
    proc.kill()

end = seen[-1][0]
settled = {h for t, h in seen if t >= end - 1.0}
if settled == {blank}:
    sys.exit("nothing was drawn in %.1f s" % settle)
drawn = None
for t, h in seen:
    if h in settled and h != blank:
        if drawn is None:
            drawn = t
    else:
        drawn = None
print("%.3f" % drawn)
