package org.newsgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The structure GEXF 1.3 (gexf.net/1.3, gexf.xsd) asks of what {@link NetworkWriter} writes,
 * checked in Java: there is no XSD in the repository and nothing may be downloaded. It checks the
 * parts Gephi relies on: the root {@code <gexf xmlns="http://gexf.net/1.3" version="1.3">}, an
 * optional {@code <meta>} then one {@code <graph>} with a known {@code defaultedgetype} (here
 * undirected), {@code <attributes class="node|edge">} of {@code <attribute id title type>} with a
 * GEXF type and unique ids, unique node and edge ids, every edge between declared nodes, every
 * {@code attvalue} naming an attribute declared for its class and holding a value of its type,
 * weights as doubles, and no element the schema does not allow where it stands.
 */
final class GexfCheck {
  static final String NS = "http://gexf.net/1.3";
  /** gexf.xsd's attrtype-type. */
  static final Set<String> TYPES = Set.of("integer", "long", "double", "float", "boolean", "string", "liststring",
      "anyURI", "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "bigdecimal", "biginteger",
      "byte", "short", "char", "listbyte", "listshort", "listchar", "listbigdecimal", "listbiginteger");

  private final List<String> problems = new ArrayList<>();

  private GexfCheck() {
  }

  /** Throws an AssertionError listing every problem of {@code d}. */
  static void check(Document d) {
    List<String> p = problems(d);
    if (!p.isEmpty()) {
      throw new AssertionError("not GEXF 1.3: " + String.join("; ", p));
    }
  }

  /** The problems of {@code d}, empty for a valid document. */
  static List<String> problems(Document d) {
    GexfCheck c = new GexfCheck();
    c.root(d.getDocumentElement());
    return c.problems;
  }

  private void root(Element gexf) {
    expect(gexf, "gexf");
    if (!"1.3".equals(gexf.getAttribute("version"))) {
      problems.add("gexf version is '" + gexf.getAttribute("version") + "', not 1.3");
    }
    List<Element> children = children(gexf);
    List<Element> graphs = children.stream().filter(e -> "graph".equals(e.getLocalName())).toList();
    if (graphs.size() != 1) {
      problems.add(graphs.size() + " <graph> elements, expected 1");
    }
    for (int i = 0; i < children.size(); i++) {
      Element e = children.get(i);
      String name = e.getLocalName();
      if (name.equals("meta")) {
        if (i != 0) {
          problems.add("<meta> must come before <graph>");
        }
        for (Element m : children(e)) {
          if (!Set.of("creator", "keywords", "description").contains(m.getLocalName())) {
            problems.add("<meta> holds <" + m.getLocalName() + ">");
          }
          expectNs(m);
        }
      } else if (!name.equals("graph")) {
        problems.add("<gexf> holds <" + name + ">");
      }
      expectNs(e);
    }
    if (graphs.size() == 1) {
      graph(graphs.get(0));
    }
  }

  private void graph(Element graph) {
    String edgeType = graph.getAttribute("defaultedgetype");
    if (!"undirected".equals(edgeType)) {
      problems.add("defaultedgetype is '" + edgeType + "', expected undirected");
    }
    if (graph.hasAttribute("mode") && !Set.of("static", "dynamic").contains(graph.getAttribute("mode"))) {
      problems.add("graph mode '" + graph.getAttribute("mode") + "'");
    }
    Map<String, Map<String, String>> declared = new HashMap<>(); // class -> id -> type
    declared.put("node", new HashMap<>());
    declared.put("edge", new HashMap<>());
    Set<String> nodeIds = new HashSet<>();
    List<Element> edgeLists = new ArrayList<>();
    int nodeLists = 0;
    for (Element e : children(graph)) {
      expectNs(e);
      switch (e.getLocalName()) {
        case "attributes" -> attributes(e, declared);
        case "nodes" -> {
          nodeLists++;
          for (Element n : children(e)) {
            expect(n, "node");
            String id = n.getAttribute("id");
            if (id.isEmpty() || !nodeIds.add(id)) {
              problems.add("node id '" + id + "' empty or not unique");
            }
            values(n, declared.get("node"));
          }
        }
        case "edges" -> edgeLists.add(e);
        default -> problems.add("<graph> holds <" + e.getLocalName() + ">");
      }
    }
    if (nodeLists != 1) {
      problems.add(nodeLists + " <nodes> elements, expected 1");
    }
    Set<String> edgeIds = new HashSet<>();
    for (Element list : edgeLists) {
      for (Element edge : children(list)) {
        expect(edge, "edge");
        String id = edge.getAttribute("id");
        if (id.isEmpty() || !edgeIds.add(id)) {
          problems.add("edge id '" + id + "' empty or not unique");
        }
        for (String end : List.of("source", "target")) {
          if (!nodeIds.contains(edge.getAttribute(end))) {
            problems.add("edge " + id + ": " + end + " '" + edge.getAttribute(end) + "' is no node");
          }
        }
        if (edge.hasAttribute("weight") && !isDouble(edge.getAttribute("weight"))) {
          problems.add("edge " + id + ": weight '" + edge.getAttribute("weight") + "'");
        }
        values(edge, declared.get("edge"));
      }
    }
  }

  private void attributes(Element block, Map<String, Map<String, String>> declared) {
    String kind = block.getAttribute("class");
    if (!declared.containsKey(kind)) {
      problems.add("attributes of class '" + kind + "'");
      return;
    }
    for (Element a : children(block)) {
      expect(a, "attribute");
      String id = a.getAttribute("id");
      if (id.isEmpty() || a.getAttribute("title").isEmpty()) {
        problems.add("a " + kind + " attribute without id or title");
      }
      if (!TYPES.contains(a.getAttribute("type"))) {
        problems.add(kind + " attribute " + id + ": type '" + a.getAttribute("type") + "'");
      }
      if (declared.get(kind).put(id, a.getAttribute("type")) != null) {
        problems.add(kind + " attribute id '" + id + "' declared twice");
      }
    }
  }

  private void values(Element owner, Map<String, String> declared) {
    String what = owner.getLocalName() + " " + owner.getAttribute("id");
    Set<String> seen = new HashSet<>();
    for (Element block : children(owner)) {
      expect(block, "attvalues");
      for (Element v : children(block)) {
        expect(v, "attvalue");
        String key = v.getAttribute("for");
        String type = declared.get(key);
        if (type == null) {
          problems.add(what + ": attvalue for '" + key + "' is not declared for " + owner.getLocalName() + "s");
          continue;
        }
        if (!seen.add(key)) {
          problems.add(what + ": two attvalues for '" + key + "'");
        }
        if (!v.hasAttribute("value") || !fits(type, v.getAttribute("value"))) {
          problems.add(what + ": '" + v.getAttribute("value") + "' is no " + type + " (" + key + ")");
        }
      }
    }
  }

  private static boolean fits(String type, String value) {
    return switch (type) {
      case "integer", "long", "short", "byte", "biginteger" -> value.matches("[+-]?\\d+");
      case "double", "float", "bigdecimal" -> isDouble(value);
      case "boolean" -> Set.of("true", "false", "1", "0").contains(value);
      default -> true;
    };
  }

  /** xsd:double's lexical space: a decimal with an optional exponent, or INF, -INF, NaN. */
  static boolean isDouble(String s) {
    return s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?") || Set.of("INF", "-INF", "NaN").contains(s);
  }

  private void expect(Element e, String name) {
    if (!name.equals(e.getLocalName())) {
      problems.add("<" + e.getLocalName() + "> where <" + name + "> belongs");
    }
    expectNs(e);
  }

  private void expectNs(Element e) {
    if (!NS.equals(e.getNamespaceURI())) {
      problems.add("<" + e.getLocalName() + "> in namespace '" + e.getNamespaceURI() + "', not " + NS);
    }
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element el) {
        out.add(el);
      }
    }
    return out;
  }
}
