# The JDK that runs the project, looked up in this one place for bin/fus, .ci/run and bench/*.sh, which source
# this file (a builtin: no process is started). FUSABI_JDK, else JAVA_HOME, else the Temurin 25 of the project's
# machines (README). Sets jdk, that JDK's home, and java, its launcher, or whatever java is on the PATH when that
# JDK is missing.
jdk="${FUSABI_JDK:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}"
java="$jdk/bin/java"
[ -x "$java" ] || java=java
