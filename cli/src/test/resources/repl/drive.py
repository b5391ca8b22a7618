# Drives `fus repl` (the command line given as arguments) on a pseudo-terminal, as a user at a keyboard would:
# Tab completes a module's member; Ctrl-C during a runaway evaluation stops it and keeps the session; Ctrl-D during
# one ends the session.
# Exits 0 when all of that happened; otherwise prints what did not, and the transcript.
import fcntl, os, pty, select, struct, sys, termios, time

pid, fd = pty.fork()
if pid == 0:
    # a terminal of a size, and one that can edit: JLine shows nothing typed on a terminal zero columns wide
    os.environ["TERM"] = "xterm"
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])
seen = b""


def expect(text, timeout=60):
    global seen
    end = time.time() + timeout
    while text not in seen and time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    if text not in seen:
        fail("never printed " + repr(text))
    seen = seen[seen.index(text) + len(text):]


def fail(why):
    print(why)
    print(seen.decode(errors="replace"))
    os.kill(pid, 9)
    sys.exit(1)


expect(b"For help type #help;;")
os.write(fd, b"[1; 2; 3] |> List.filte\t")
expect(b"List.filter")
os.write(fd, b" (fun x -> x > 1)\r")
expect(b"val it: int list = [2; 3]")
os.write(fd, b"let mutable n = 0\r")
expect(b"val n: int = 0")
os.write(fd, b"while true do n <- n + 1\r")
time.sleep(2)
os.write(fd, b"\x03")
expect(b"error: interrupted")
os.write(fd, b"1 + 1\r")
expect(b"val it: int = 2")
os.write(fd, b"while true do n <- n + 1\r")
time.sleep(2)
os.write(fd, b"\x04")
expect(b"error: interrupted")
end = time.time() + 30
while time.time() < end:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        sys.exit(0 if os.waitstatus_to_exitcode(status) == 0 else fail("exit status " + str(status)))
    time.sleep(0.1)
fail("Ctrl-D during an evaluation did not end the session")
