# JVM options of the packaged services, sourced by scripts/suite.sh and the benchmarks (one place to change them).
# Measured in BENCHMARKS.md (runs 3-7): the serial collector, a small initial heap, C1 only, small stacks and
# code/metaspace caps keep a service at ~180 MB idle (was ~250 MB) and gave the best latencies of the short
# benchmark runs (C2's profiling tier is slower until it has warmed up). The 256 MB ceiling holds eight concurrent
# summaries of a 3 000-student edition (160 MB did not: OutOfMemoryError); C2 would make those ~30 % faster.
# MALLOC_ARENA_MAX=2 stops glibc from reserving an arena per core for the JVM's threads.
# Direct memory (BENCHMARKS.md, run 17): Netty's per-thread buffer caches kept the 64 KB chunks of every large answer
# sent or read (Native Memory Tracking "Other": exam 51 MB, attendance 19 MB after the 3 000-student editions); with
# no thread caches, one direct arena and the JDK's own temporary direct buffers capped at 256 KB, "Other" stays at
# 1-2 MB and peak RSS fell by 6-46 MB per service, at the same ingestion and summary rates.
# Override with SUITE_JAVA_OPTS.
SERVICE_DIRECT_MEMORY_OPTS="-Dio.netty.allocator.smallCacheSize=0 -Dio.netty.allocator.normalCacheSize=0 -Dio.netty.allocator.numDirectArenas=1 -Djdk.nio.maxCachedBufferSize=262144"
export SERVICE_JAVA_OPTS="${SUITE_JAVA_OPTS:--Xms64m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m $SERVICE_DIRECT_MEMORY_OPTS}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# The packaged service: an uber-jar (quarkus.package.jar.type), so every class is on the application class path.
service_jar() { compgen -G "$ROOT/$1-service/target/*-runner.jar" | head -1; }

# AppCDS (JDK 17 dynamic archive) of each service, beside its jar. A training start writes it when the JVM exits
# (-XX:ArchiveClassesAtExit: the JDK, Quarkus, Hibernate, Vert.x... classes as loaded and verified up to ready);
# every later start maps it (-XX:SharedArchiveFile) instead of loading those classes again: ready in ~1.5 s
# instead of ~3 s on the 2-core machine (BENCHMARKS.md). A new build makes the archive stale (the JVM would refuse
# it), so it is trained again. SUITE_CDS=0 turns it off. Read more: JEP 350.
service_cds_archive() { echo "$ROOT/$1-service/target/$1-service.jsa"; }
# Current = written after the jar was built.
service_cds_current() {
  local archive; archive=$(service_cds_archive "$1")
  [[ "${SUITE_CDS:-1}" == 1 && -s "$archive" && "$archive" -nt "$(service_jar "$1")" ]]
}
# Fresh = current and accepted by this JVM, which decides whether to train again: a JDK update (or a new
# -Xshare:dump) replaces the JDK's own archive that the dynamic one is built on, and a normal start would then
# silently run without it ("static archive header checksum verification failed"); -Xshare:on makes that refusal an
# exit code (~0.1 s).
service_cds_fresh() {
  service_cds_current "$1" && java $SERVICE_JAVA_OPTS -Xshare:on -XX:SharedArchiveFile="$(service_cds_archive "$1")" \
    -cp "$(service_jar "$1")" -version >/dev/null 2>&1
}
# the CDS option of a normal start: the current archive, nothing otherwise (no second JVM probe: an archive the JVM
# refuses would only be ignored, as if none were given; the training step has already replaced it)
service_cds_opts() { service_cds_current "$1" && echo "-XX:SharedArchiveFile=$(service_cds_archive "$1")" || true; }
# a training start writes beside the archive; once its JVM has exited, service_cds_keep makes that the archive
# (false when nothing was written: the service then starts without one)
service_cds_train_opts() { echo "-XX:ArchiveClassesAtExit=$(service_cds_archive "$1").new"; }
service_cds_keep() { local archive; archive=$(service_cds_archive "$1"); [[ -s "$archive.new" ]] && mv "$archive.new" "$archive"; }
