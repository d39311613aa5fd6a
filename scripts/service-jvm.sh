# JVM options of the packaged services, sourced by scripts/suite.sh and the benchmarks (one place to change them).
# Measured in BENCHMARKS.md: a bounded heap, the serial collector, C1 only and small code/metaspace caps bring a
# service from ~250 MB to ~200 MB idle and start it ~1 s sooner on 2 cores, with no measurable latency loss on
# these I/O-bound services. MALLOC_ARENA_MAX=2 stops glibc from reserving an arena per core for the JVM's threads.
# Override with SUITE_JAVA_OPTS.
export SERVICE_JAVA_OPTS="${SUITE_JAVA_OPTS:--Xmx160m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
