# JVM options of the packaged services, sourced by scripts/suite.sh and the benchmarks (one place to change them).
# Measured in BENCHMARKS.md: a small initial heap, the serial collector, small stacks and code/metaspace caps keep a
# service near 200 MB idle (was ~250 MB), while the 256 MB ceiling still holds eight concurrent summaries of a
# 3 000-student edition (160 MB did not: OutOfMemoryError). C1-only (-XX:TieredStopAtLevel=1) starts ~0.5 s sooner
# but made the large summaries half again as slow, so C2 stays. MALLOC_ARENA_MAX=2 stops glibc from reserving an arena
# per core for the JVM's threads.
# Override with SUITE_JAVA_OPTS.
export SERVICE_JAVA_OPTS="${SUITE_JAVA_OPTS:--Xms64m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=160m}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
