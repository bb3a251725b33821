package org.newsgraph.export;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One period's co-occurrence network as plain values, the input of {@link NetworkWriter}: nodes
 * and undirected edges, each with values of declared attributes. A value that is null or absent is
 * left out of the file (an empty field in CSV). No Spark in here.
 *
 * @param description     one line saying what the network is (period, unit, tables), for the file's header
 * @param graphValues     graph-level values (granularity, period, unit, n), in the order given
 * @param nodeAttributes  the attributes of every node besides its id and label, in file order
 * @param nodes           the nodes; ids unique
 * @param edgeAttributes  the attributes of every edge besides source, target and weight, in file order
 * @param edges           the edges; source and target are node ids
 */
public record Network(String description, Map<String, Object> graphValues, List<Attribute> nodeAttributes,
                      List<Node> nodes, List<Attribute> edgeAttributes, List<Edge> edges) {

  /** The value types a file declares: GEXF and GraphML name them string, long, double, boolean. */
  public enum Type {
    STRING, LONG, DOUBLE, BOOLEAN;

    /** The name GEXF's and GraphML's declarations use. */
    public String xmlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean accepts(Object v) {
      return switch (this) {
        case STRING -> v instanceof String;
        case LONG -> v instanceof Long || v instanceof Integer;
        case DOUBLE -> v instanceof Double || v instanceof Float;
        case BOOLEAN -> v instanceof Boolean;
      };
    }
  }

  /** A declared attribute: its name (the column, key or title in the files) and type. */
  public record Attribute(String name, Type type) {
  }

  /** A node: its id (entity_id), label (the name) and attribute values by attribute name. */
  public record Node(String id, String label, Map<String, Object> values) {
  }

  /** An undirected edge with its weight (n_ab) and attribute values by attribute name. */
  public record Edge(String source, String target, double weight, Map<String, Object> values) {
  }

  /**
   * Checks what the writers rely on: unique node ids, edges between known nodes, values only of
   * declared attributes and of their declared type.
   */
  public Network {
    graphValues = new LinkedHashMap<>(graphValues);
    nodeAttributes = List.copyOf(nodeAttributes);
    nodes = List.copyOf(nodes);
    edgeAttributes = List.copyOf(edgeAttributes);
    edges = List.copyOf(edges);
    Set<String> ids = new HashSet<>();
    for (Node n : nodes) {
      if (!ids.add(n.id())) {
        throw new IllegalArgumentException("node id '" + n.id() + "' occurs twice");
      }
      check(nodeAttributes, n.values(), "node " + n.id());
    }
    for (Edge e : edges) {
      if (!ids.contains(e.source()) || !ids.contains(e.target())) {
        throw new IllegalArgumentException("edge " + e.source() + " -- " + e.target() + " names a node that is not in the network");
      }
      check(edgeAttributes, e.values(), "edge " + e.source() + " -- " + e.target());
    }
  }

  private static void check(List<Attribute> declared, Map<String, Object> values, String what) {
    Map<String, Type> types = new LinkedHashMap<>();
    declared.forEach(a -> types.put(a.name(), a.type()));
    for (Map.Entry<String, Object> v : values.entrySet()) {
      Type t = types.get(v.getKey());
      if (t == null) {
        throw new IllegalArgumentException(what + ": attribute '" + v.getKey() + "' is not declared (declared: "
            + types.keySet() + ")");
      }
      if (v.getValue() != null && !t.accepts(v.getValue())) {
        throw new IllegalArgumentException(what + ": attribute '" + v.getKey() + "' is declared " + t.xmlName()
            + ", got " + v.getValue().getClass().getSimpleName());
      }
    }
  }
}
