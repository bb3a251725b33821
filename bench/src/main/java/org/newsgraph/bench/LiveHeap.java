package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use right after a garbage collection: the live data a JVM really needed,
 * unlike its peak RSS or the heap pools' peaks, which mostly show how far the collector let the
 * heap grow before collecting (G1 grows towards -Xmx when it can).
 */
final class LiveHeap {
  private static final AtomicLong PEAK = new AtomicLong();
  private static final java.util.Set<String> HEAP_POOLS = new java.util.HashSet<>();

  private LiveHeap() {
  }

  static void watch() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(p -> {
      if (p.getType() == java.lang.management.MemoryType.HEAP) {
        HEAP_POOLS.add(p.getName());
      }
    });
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((n, handback) -> {
          if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long used = 0;
          for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(e.getKey())) {
              MemoryUsage u = e.getValue();
              used += u.getUsed();
            }
          }
          PEAK.accumulateAndGet(used, Math::max);
        }, null, null);
      }
    }
  }

  /** Peak heap after GC in MB (0 when no collection happened). */
  static long peakMb() {
    return PEAK.get() >> 20;
  }
}
