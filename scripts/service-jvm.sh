# JVM options of the packaged services, sourced by scripts/suite.sh and the benchmarks (one place to change them).
# Measured in BENCHMARKS.md (runs 3-7): the serial collector, a small initial heap, C1 only, small stacks and
# code/metaspace caps keep a service at ~180 MB idle (was ~250 MB) and gave the best latencies of the short
# benchmark runs (C2's profiling tier is slower until it has warmed up). The 256 MB ceiling holds eight concurrent
# summaries of a 3 000-student edition (160 MB did not: OutOfMemoryError); C2 would make those ~30 % faster.
# MALLOC_ARENA_MAX=2 stops glibc from reserving an arena per core for the JVM's threads.
# Override with SUITE_JAVA_OPTS.
export SERVICE_JAVA_OPTS="${SUITE_JAVA_OPTS:--Xms64m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
