package org.kapfinder.index.corpus.generate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * Counts of what a generator run wrote: records by type, mode, route and address state, and those
 * without a location or a ZIP. Not thread-safe; each worker keeps its own and they are merged.
 */
public final class GenerationStats {

  private long records;
  private long bytes;
  private long inPerson;
  private long mobile;
  private long telehealthOnly;
  private long withoutLocation;
  private long withoutZip;
  private final long[] byType = new long[ProviderType.values().length];
  private final long[] byMode = new long[Mode.values().length];
  private final long[] byRoute = new long[Route.values().length];
  private final Map<String, long[]> byState = new HashMap<>();

  /** Counts one record. */
  public void add(Provider provider) {
    records++;
    byType[provider.type().ordinal()]++;
    for (Mode mode : provider.modes()) {
      byMode[mode.ordinal()]++;
    }
    for (Route route : provider.routes()) {
      byRoute[route.ordinal()]++;
    }
    if (provider.isInPerson()) {
      inPerson++;
    }
    if (provider.isMobile()) {
      mobile++;
    }
    if (provider.address() == null) {
      telehealthOnly++;
    } else {
      byState.computeIfAbsent(provider.address().state(), state -> new long[1])[0]++;
      if (provider.location() == null) {
        withoutLocation++;
      }
      if (provider.address().zip() == null) {
        withoutZip++;
      }
    }
  }

  void addBytes(long count) {
    bytes += count;
  }

  /** Adds another run's counts to these. */
  public void merge(GenerationStats other) {
    records += other.records;
    bytes += other.bytes;
    inPerson += other.inPerson;
    mobile += other.mobile;
    telehealthOnly += other.telehealthOnly;
    withoutLocation += other.withoutLocation;
    withoutZip += other.withoutZip;
    add(byType, other.byType);
    add(byMode, other.byMode);
    add(byRoute, other.byRoute);
    other.byState.forEach(
        (state, count) -> byState.computeIfAbsent(state, s -> new long[1])[0] += count[0]);
  }

  public long records() {
    return records;
  }

  /** Bytes written, header included. */
  public long bytes() {
    return bytes;
  }

  /** Records whose modes include in_person. */
  public long inPerson() {
    return inPerson;
  }

  /** Records with at_home and a service radius. */
  public long mobile() {
    return mobile;
  }

  /** Records without an address (telehealth programmes). */
  public long telehealthOnly() {
    return telehealthOnly;
  }

  /** Records with an address but no location (left for the indexer to geocode). */
  public long withoutLocation() {
    return withoutLocation;
  }

  /** Records whose address has a city and state but no ZIP. */
  public long withoutZip() {
    return withoutZip;
  }

  public Map<ProviderType, Long> byType() {
    return counts(ProviderType.class, byType);
  }

  public Map<Mode, Long> byMode() {
    return counts(Mode.class, byMode);
  }

  public Map<Route, Long> byRoute() {
    return counts(Route.class, byRoute);
  }

  /** Records with an address, by USPS state code, in code order. */
  public Map<String, Long> byState() {
    Map<String, Long> sorted = new TreeMap<>();
    byState.forEach((state, count) -> sorted.put(state, count[0]));
    return sorted;
  }

  /** A few lines for people: totals, then counts by type, mode and route, and state coverage. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "%,d providers, %,.1f MiB: %,d in person, %,d mobile, %,d telehealth without address;"
                + " %,d without location, %,d without ZIP%n",
            records,
            bytes / (1024.0 * 1024.0),
            inPerson,
            mobile,
            telehealthOnly,
            withoutLocation,
            withoutZip));
    text.append(String.format(Locale.ROOT, "  by type:  %s%n", wireCounts(byType())));
    text.append(String.format(Locale.ROOT, "  by mode:  %s%n", wireCounts(byMode())));
    text.append(String.format(Locale.ROOT, "  by route: %s%n", wireCounts(byRoute())));
    long fewest = byState().values().stream().mapToLong(Long::longValue).min().orElse(0);
    text.append(
        String.format(
            Locale.ROOT,
            "  states with an address: %d (fewest in one state: %,d)%n",
            byState.size(),
            fewest));
    return text.toString();
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, long[] counts) {
    Map<E, Long> map = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      if (counts[constant.ordinal()] > 0) {
        map.put(constant, counts[constant.ordinal()]);
      }
    }
    return map;
  }

  private static String wireCounts(Map<? extends WireEnum, Long> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (key, count) -> {
          if (text.length() > 0) {
            text.append(", ");
          }
          text.append(WireNames.of(key)).append(' ');
          text.append(String.format(Locale.ROOT, "%,d", count));
        });
    return text.toString();
  }
}
