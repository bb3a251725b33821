package org.newsgraph.gazetteer;

/** Entity ids are namespaced by type so one id space holds all of them: {@code country:RUS}. */
public final class EntityIds {
  private EntityIds() {
  }

  public static final String COUNTRY = "country";
  public static final String LEADER = "leader";
  public static final String TOPIC = "topic";
  private static final String[] TYPES = {COUNTRY, LEADER, TOPIC};

  public static String country(String id) {
    return COUNTRY + ":" + id;
  }

  public static String leader(String id) {
    return LEADER + ":" + id;
  }

  public static String topic(String id) {
    return TOPIC + ":" + id;
  }

  /**
   * Whether {@code entityId} is of {@code type} (a type without ':'): as
   * {@code typeOf(entityId).equals(type)}, without looking for the colon.
   */
  public static boolean isOfType(String entityId, String type) {
    int n = type.length();
    return entityId.length() > n && entityId.charAt(n) == ':' && entityId.startsWith(type);
  }

  public static String typeOf(String entityId) {
    int colon = entityId.indexOf(':');
    if (colon < 0) {
      return "";
    }
    for (String type : TYPES) { // the constant itself, not a new string per call
      if (colon == type.length() && entityId.startsWith(type)) {
        return type;
      }
    }
    return entityId.substring(0, colon);
  }
}
