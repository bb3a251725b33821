package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.Network.Attribute;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Node;
import org.newsgraph.export.Network.Type;
import org.newsgraph.export.NetworkWriter.Format;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The three formats of one hand-made network, parsed back with the JDK's DOM parser (XML) and a
 * small RFC 4180 reader (CSV): counts, declarations, values and escaping. No Spark.
 */
class NetworkWriterTest {

  /**
   * Three nodes, two edges, chosen to need escaping: Côte d'Ivoire (non-ASCII, apostrophe), AT&T
   * (ampersand), a leader whose name has {@code <} and quotes, and a comma (CSV). The third node
   * has no country: its country attributes must be absent, not empty strings.
   */
  static Network sample(boolean withSources) {
    List<Attribute> nodeAttributes = new ArrayList<>(List.of(new Attribute("type", Type.STRING),
        new Attribute("n_a", Type.LONG)));
    if (withSources) {
      nodeAttributes.add(new Attribute("n_sources", Type.LONG));
    }
    nodeAttributes.add(new Attribute("country", Type.STRING));
    nodeAttributes.add(new Attribute("country_name", Type.STRING));
    List<Attribute> edgeAttributes = new ArrayList<>(List.of(new Attribute("n_ab", Type.LONG),
        new Attribute("npmi", Type.DOUBLE), new Attribute("g2", Type.DOUBLE), new Attribute("significant", Type.BOOLEAN)));
    if (withSources) {
      edgeAttributes.add(new Attribute("n_sources", Type.LONG));
    }
    Map<String, Object> civ = values("type", "country", "n_a", 12L, "country", null, "country_name", null);
    Map<String, Object> leader = values("type", "leader", "n_a", 5L, "country", "country:CIV",
        "country_name", "Côte d'Ivoire");
    Map<String, Object> att = values("type", "topic", "n_a", 3L, "country", null, "country_name", null);
    if (withSources) {
      civ.put("n_sources", 4L);
      leader.put("n_sources", 2L);
      att.put("n_sources", 1L);
    }
    Map<String, Object> e1 = values("n_ab", 4L, "npmi", 0.5, "g2", 12.25, "significant", true);
    Map<String, Object> e2 = values("n_ab", 1L, "npmi", -0.125, "g2", 1.0E-5, "significant", false);
    if (withSources) {
      e1.put("n_sources", 3L);
      e2.put("n_sources", 1L);
    }
    Map<String, Object> graph = new LinkedHashMap<>();
    graph.put("granularity", "month");
    graph.put("period", "2023-09");
    graph.put("n", 20L);
    graph.put("significant_only", false);
    return new Network("a test network & its <period>", graph, nodeAttributes,
        List.of(new Node("country:CIV", "Côte d'Ivoire", civ),
            new Node("leader:Q1", "Alassane \"ADO\" <Ouattara>", leader),
            new Node("topic:att", "AT&T, Inc.", att)),
        edgeAttributes,
        List.of(new Edge("country:CIV", "leader:Q1", 4, e1), new Edge("country:CIV", "topic:att", 1, e2)));
  }

  private static Map<String, Object> values(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static byte[] gexf(Network n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkWriter.writeGexf(n, out);
    return out.toByteArray();
  }

  private static byte[] graphml(Network n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkWriter.writeGraphml(n, out);
    return out.toByteArray();
  }

  private static List<Element> elements(Element parent, String ns, String name) {
    NodeList l = parent.getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) {
      out.add((Element) l.item(i));
    }
    return out;
  }

  /** A GEXF element's attvalues as title -> value, through the declarations of its class. */
  private static Map<String, String> attvalues(Element e, Map<String, String> titleOfId) {
    Map<String, String> m = new HashMap<>();
    for (Element v : elements(e, NetworkWriter.GEXF_NS, "attvalue")) {
      m.put(titleOfId.get(v.getAttribute("for")), v.getAttribute("value"));
    }
    return m;
  }

  private static Map<String, String> declarations(Element graph, String kind, Map<String, String> types) {
    Map<String, String> titleOfId = new HashMap<>();
    for (Element block : elements(graph, NetworkWriter.GEXF_NS, "attributes")) {
      if (block.getAttribute("class").equals(kind)) {
        for (Element a : elements(block, NetworkWriter.GEXF_NS, "attribute")) {
          titleOfId.put(a.getAttribute("id"), a.getAttribute("title"));
          types.put(a.getAttribute("title"), a.getAttribute("type"));
        }
      }
    }
    return titleOfId;
  }

  @Test
  void gexfHoldsTheNodesEdgesAndValuesEscaped() throws Exception {
    byte[] bytes = gexf(sample(false));
    Document d = parse(bytes);
    GexfCheck.check(d); // the structure (GexfCheckTest)
    Element graph = elements(d.getDocumentElement(), NetworkWriter.GEXF_NS, "graph").get(0);
    Map<String, String> nodeTypes = new HashMap<>();
    Map<String, String> nodeTitle = declarations(graph, "node", nodeTypes);
    assertEquals(Map.of("type", "string", "n_a", "long", "country", "string", "country_name", "string"), nodeTypes);
    Map<String, String> edgeTypes = new HashMap<>();
    Map<String, String> edgeTitle = declarations(graph, "edge", edgeTypes);
    assertEquals(Map.of("n_ab", "long", "npmi", "double", "g2", "double", "significant", "boolean"), edgeTypes);

    List<Element> nodes = elements(graph, NetworkWriter.GEXF_NS, "node");
    assertEquals(3, nodes.size());
    Map<String, Element> byId = new HashMap<>();
    nodes.forEach(n -> byId.put(n.getAttribute("id"), n));
    // the DOM parser undoes the escaping: what comes back is the name as given
    assertEquals("Côte d'Ivoire", byId.get("country:CIV").getAttribute("label"));
    assertEquals("AT&T, Inc.", byId.get("topic:att").getAttribute("label"));
    assertEquals("Alassane \"ADO\" <Ouattara>", byId.get("leader:Q1").getAttribute("label"));
    assertEquals(Map.of("type", "leader", "n_a", "5", "country", "country:CIV", "country_name", "Côte d'Ivoire"),
        attvalues(byId.get("leader:Q1"), nodeTitle));
    // no country: no attvalue at all (Gephi shows it empty), not an empty string
    assertEquals(Map.of("type", "country", "n_a", "12"), attvalues(byId.get("country:CIV"), nodeTitle));

    List<Element> edges = elements(graph, NetworkWriter.GEXF_NS, "edge");
    assertEquals(2, edges.size());
    Element first = edges.get(0);
    assertEquals("country:CIV", first.getAttribute("source"));
    assertEquals("leader:Q1", first.getAttribute("target"));
    assertEquals(4.0, Double.parseDouble(first.getAttribute("weight"))); // weight = n_ab
    assertEquals(Map.of("n_ab", "4", "npmi", "0.5", "g2", "12.25", "significant", "true"), attvalues(first, edgeTitle));
    Map<String, String> second = attvalues(edges.get(1), edgeTitle);
    assertEquals(-0.125, Double.parseDouble(second.get("npmi")));
    assertEquals(1.0E-5, Double.parseDouble(second.get("g2"))); // 1.0E-5 is a valid xsd:double
    assertEquals("false", second.get("significant"));

    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.lines().findFirst().orElseThrow().matches("<\\?xml version=['\"]1.0['\"] encoding=['\"]UTF-8['\"]\\?>"),
        text.substring(0, 60));
    assertTrue(text.contains("AT&amp;T, Inc."), "the ampersand escaped in the file");
    assertTrue(text.contains("&lt;Ouattara&gt;") || text.contains("&lt;Ouattara>"), "< escaped in the file");
    // Côte: ô is U+00F4, two bytes C3 B4 in UTF-8
    assertTrue(indexOf(bytes, new byte[] {'C', (byte) 0xC3, (byte) 0xB4, 't', 'e'}) >= 0, "UTF-8 bytes of Côte");
    Element meta = elements(d.getDocumentElement(), NetworkWriter.GEXF_NS, "description").get(0);
    assertTrue(meta.getTextContent().startsWith("a test network & its <period>; granularity=month; period=2023-09"),
        meta.getTextContent());
  }

  @Test
  void graphmlDeclaresItsKeysAndHoldsTheValues() throws Exception {
    Document d = parse(graphml(sample(true)));
    Element root = d.getDocumentElement();
    assertEquals(NetworkWriter.GRAPHML_NS, root.getNamespaceURI());
    assertEquals("graphml", root.getLocalName());
    // key id -> (for, attr.name, attr.type)
    Map<String, List<String>> keys = new HashMap<>();
    for (Element k : elements(root, NetworkWriter.GRAPHML_NS, "key")) {
      keys.put(k.getAttribute("id"), List.of(k.getAttribute("for"), k.getAttribute("attr.name"),
          k.getAttribute("attr.type")));
    }
    // 4 graph values + label and 5 node attributes + weight and 5 edge attributes
    assertEquals(4 + 6 + 6, keys.size());
    assertTrue(keys.containsValue(List.of("node", "label", "string")));
    assertTrue(keys.containsValue(List.of("node", "n_sources", "long")));
    assertTrue(keys.containsValue(List.of("edge", "weight", "double")));
    assertTrue(keys.containsValue(List.of("edge", "n_sources", "long")));
    assertTrue(keys.containsValue(List.of("edge", "significant", "boolean")));
    assertTrue(keys.containsValue(List.of("graph", "n", "long")));
    Element graph = elements(root, NetworkWriter.GRAPHML_NS, "graph").get(0);
    assertEquals("undirected", graph.getAttribute("edgedefault"));

    List<Element> nodes = elements(graph, NetworkWriter.GRAPHML_NS, "node");
    List<Element> edges = elements(graph, NetworkWriter.GRAPHML_NS, "edge");
    assertEquals(3, nodes.size());
    assertEquals(2, edges.size());
    Map<String, Map<String, String>> nodeData = new HashMap<>();
    for (Element n : nodes) {
      Map<String, String> m = new HashMap<>();
      for (Element data : elements(n, NetworkWriter.GRAPHML_NS, "data")) {
        List<String> key = keys.get(data.getAttribute("key"));
        assertEquals("node", key.get(0), "a node's data uses a node key");
        m.put(key.get(1), data.getTextContent());
      }
      nodeData.put(n.getAttribute("id"), m);
    }
    assertEquals(Map.of("label", "AT&T, Inc.", "type", "topic", "n_a", "3", "n_sources", "1"), nodeData.get("topic:att"));
    assertEquals("Côte d'Ivoire", nodeData.get("leader:Q1").get("country_name"));
    assertEquals("Alassane \"ADO\" <Ouattara>", nodeData.get("leader:Q1").get("label"));
    Map<String, String> first = new HashMap<>();
    for (Element data : elements(edges.get(0), NetworkWriter.GRAPHML_NS, "data")) {
      first.put(keys.get(data.getAttribute("key")).get(1), data.getTextContent());
    }
    assertEquals(Map.of("weight", "4.0", "n_ab", "4", "npmi", "0.5", "g2", "12.25", "significant", "true",
        "n_sources", "3"), first);
    Map<String, String> graphData = new HashMap<>();
    for (Element data : elements(graph, NetworkWriter.GRAPHML_NS, "data")) {
      if (data.getParentNode() == graph) {
        graphData.put(keys.get(data.getAttribute("key")).get(1), data.getTextContent());
      }
    }
    assertEquals(Map.of("granularity", "month", "period", "2023-09", "n", "20", "significant_only", "false"), graphData);
  }

  @Test
  void withoutSourcesTheColumnIsNotDeclaredAnywhere() throws Exception {
    Network plain = sample(false);
    assertFalse(new String(gexf(plain), StandardCharsets.UTF_8).contains("n_sources"));
    assertFalse(new String(graphml(plain), StandardCharsets.UTF_8).contains("n_sources"));
    ByteArrayOutputStream edges = new ByteArrayOutputStream();
    NetworkWriter.writeCsvEdges(plain, edges);
    assertEquals("source,target,weight,n_ab,npmi,g2,significant",
        edges.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
  }

  @Test
  void csvIsTwoFilesQuotedAsRfc4180(@TempDir Path dir) throws Exception {
    List<Path> files = NetworkWriter.write(sample(true), Format.CSV, dir.resolve("net.csv"));
    assertEquals(List.of(dir.resolve("net-nodes.csv"), dir.resolve("net-edges.csv")), files);
    assertEquals(files, NetworkWriter.files(Format.CSV, dir.resolve("net")), "with or without .csv");
    String nodesText = Files.readString(files.get(0), StandardCharsets.UTF_8);
    assertTrue(nodesText.contains("\"AT&T, Inc.\""), "a comma: quoted");
    assertTrue(nodesText.contains("\"Alassane \"\"ADO\"\" <Ouattara>\""), "quotes doubled");
    assertTrue(nodesText.contains("\r\n"), "CRLF line ends");
    List<List<String>> nodes = readCsv(nodesText);
    assertEquals(List.of("id", "label", "type", "n_a", "n_sources", "country", "country_name"), nodes.get(0));
    assertEquals(1 + 3, nodes.size());
    assertEquals(List.of("leader:Q1", "Alassane \"ADO\" <Ouattara>", "leader", "5", "2", "country:CIV", "Côte d'Ivoire"),
        nodes.get(2));
    assertEquals(List.of("topic:att", "AT&T, Inc.", "topic", "3", "1", "", ""), nodes.get(3));
    List<List<String>> edges = readCsv(Files.readString(files.get(1), StandardCharsets.UTF_8));
    assertEquals(List.of("source", "target", "weight", "n_ab", "npmi", "g2", "significant", "n_sources"), edges.get(0));
    assertEquals(1 + 2, edges.size());
    assertEquals(List.of("country:CIV", "topic:att", "1.0", "1", "-0.125", "1.0E-5", "false", "1"), edges.get(2));
    try (var listing = Files.list(dir)) {
      assertEquals(2, listing.count(), "no temporary file left beside them");
    }
  }

  @Test
  void aFileIsReplacedWholeAndTheFormatsAreNamedByExtension(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/net.gexf");
    NetworkWriter.write(sample(false), Format.GEXF, file);
    long before = Files.size(file);
    NetworkWriter.write(sample(true), Format.GEXF, file); // replaced, not appended to
    assertTrue(Files.size(file) > before);
    parse(Files.readAllBytes(file));
    assertEquals(Format.GEXF, Format.ofFile("a.b.GEXF"));
    assertEquals(Format.GRAPHML, Format.ofFile("x.graphml"));
    assertEquals(Format.CSV, Format.ofFile("x.csv"));
    assertNull(Format.ofFile("x.xml"));
    assertNull(Format.ofFile("net"));
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedInTheMessage(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("plain-file"), "x"); // a file where a folder should be
    IOException e = assertThrows(IOException.class,
        () -> NetworkWriter.write(sample(false), Format.GEXF, blocker.resolve("net.gexf")));
    assertTrue(e.getMessage().startsWith("cannot write " + blocker.resolve("net.gexf")), e.getMessage());
  }

  @Test
  void characterXmlCannotHoldIsReplacedAndSpecialDoublesAreSpelledForXsd() throws Exception {
    Map<String, Object> v = values("x", Double.NaN);
    Network n = new Network("d", Map.of(), List.of(new Attribute("x", Type.DOUBLE)),
        List.of(new Node("a", "bell\u0007 \uD83D\uDE00", v),
            new Node("b", "b", values("x", Double.POSITIVE_INFINITY))), List.of(), List.of());
    Document d = parse(gexf(n)); // a raw U+0007 would make the parser fail
    List<Element> nodes = elements(d.getDocumentElement(), NetworkWriter.GEXF_NS, "node");
    assertEquals("bell\uFFFD \uD83D\uDE00", nodes.get(0).getAttribute("label"), "the emoji's surrogate pair kept");
    assertEquals("NaN", elements(nodes.get(0), NetworkWriter.GEXF_NS, "attvalue").get(0).getAttribute("value"));
    assertEquals("INF", elements(nodes.get(1), NetworkWriter.GEXF_NS, "attvalue").get(0).getAttribute("value"));
  }

  @Test
  void theNetworkRefusesWhatTheFilesCouldNotSay() {
    List<Attribute> a = List.of(new Attribute("n_a", Type.LONG));
    assertThrows(IllegalArgumentException.class, () -> new Network("d", Map.of(), a,
        List.of(new Node("x", "x", Map.of()), new Node("x", "y", Map.of())), List.of(), List.of()), "id twice");
    assertThrows(IllegalArgumentException.class, () -> new Network("d", Map.of(), a,
        List.of(new Node("x", "x", Map.of())), List.of(), List.of(new Edge("x", "nobody", 1, Map.of()))));
    assertThrows(IllegalArgumentException.class, () -> new Network("d", Map.of(), a,
        List.of(new Node("x", "x", Map.of("n_a", "five"))), List.of(), List.of()), "a string as a long");
    assertThrows(IllegalArgumentException.class, () -> new Network("d", Map.of(), a,
        List.of(new Node("x", "x", Map.of("undeclared", 1L))), List.of(), List.of()));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** RFC 4180 records: fields split at commas outside quotes, "" inside quotes a quote, records at CRLF. */
  static List<List<String>> readCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertTrue(row.isEmpty() && field.length() == 0, "the last record ends with CRLF");
    Set<Integer> widths = new HashSet<>();
    rows.forEach(r -> widths.add(r.size()));
    assertEquals(1, widths.size(), "every record has the header's number of fields");
    return rows;
  }
}
