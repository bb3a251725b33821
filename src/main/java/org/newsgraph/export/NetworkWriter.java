package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.export.Network.Attribute;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Node;

/**
 * Writes a {@link Network} as GEXF 1.3 (Gephi), GraphML (networkx, yEd, Gephi) or two CSV files
 * (nodes and edges: spreadsheets, pandas, Gephi's spreadsheet import). UTF-8 throughout; the XML
 * goes through the JDK's {@link XMLStreamWriter}, which escapes {@code & < > "}. The same names
 * are used in every format: nodes have {@code label} (the name) and the network's node attributes,
 * edges {@code weight} (n_ab) and its edge attributes. No Spark in here.
 */
public final class NetworkWriter {
  public static final String GEXF_NS = "http://gexf.net/1.3";
  public static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  /** The file formats, by the name {@code --format} takes. */
  public enum Format {
    GEXF, GRAPHML, CSV;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} (gexf, graphml, csv; any case), or null. */
    public static Format of(String name) {
      for (Format f : values()) {
        if (f.id().equalsIgnoreCase(name)) {
          return f;
        }
      }
      return null;
    }

    /** The format a file name's extension names (.gexf, .graphml, .csv), or null. */
    public static Format ofFile(String fileName) {
      int dot = fileName.lastIndexOf('.');
      return dot < 0 ? null : of(fileName.substring(dot + 1));
    }
  }

  private NetworkWriter() {
  }

  /**
   * The files {@code format} writes for {@code file}: the file itself, or for CSV
   * {@code NAME-nodes.csv} and {@code NAME-edges.csv} beside it, NAME being the file name without
   * a {@code .csv} ending ({@code net.csv} and {@code net} both give net-nodes.csv, net-edges.csv).
   */
  public static List<Path> files(Format format, Path file) {
    if (format != Format.CSV) {
      return List.of(file);
    }
    String name = file.getFileName().toString();
    String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return List.of(file.resolveSibling(base + "-nodes.csv"), file.resolveSibling(base + "-edges.csv"));
  }

  /**
   * Writes {@code network} to {@link #files}: each file is written beside itself under a
   * temporary name and then renamed, so a failed export leaves no half-written file (an existing
   * file is replaced). Returns the files written.
   */
  public static List<Path> write(Network network, Format format, Path file) throws IOException {
    List<Path> targets = files(format, file);
    for (int i = 0; i < targets.size(); i++) {
      Path target = targets.get(i).toAbsolutePath();
      Path tmp;
      try {
        Files.createDirectories(target.getParent());
        tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      } catch (IOException e) {
        // the message the command prints: what could not be written and why (an AccessDeniedException's is only the path)
        IOException named = new IOException("cannot write " + target + ": " + e.getClass().getSimpleName()
            + (e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? " (" + f.getReason() + ")"
            : e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        named.addSuppressed(e);
        throw named;
      }
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          switch (format) {
            case GEXF -> writeGexf(network, out);
            case GRAPHML -> writeGraphml(network, out);
            case CSV -> {
              if (i == 0) {
                writeCsvNodes(network, out);
              } else {
                writeCsvEdges(network, out);
              }
            }
          }
        }
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return targets;
  }

  /**
   * GEXF 1.3: {@code <graph defaultedgetype="undirected">}, node and edge attributes declared in
   * {@code <attributes class="node|edge">} (id = title = the attribute's name), each node's name
   * as its label, each edge's weight = n_ab; the description and graph values in {@code <meta>}.
   */
  public static void writeGexf(Network network, OutputStream out) throws IOException {
    try {
      Xml x = new Xml(out);
      x.w.setDefaultNamespace(GEXF_NS);
      x.w.writeStartElement("gexf");
      x.w.writeDefaultNamespace(GEXF_NS);
      x.w.writeNamespace("xsi", XSI_NS);
      x.w.writeAttribute("xsi", XSI_NS, "schemaLocation", GEXF_NS + " " + GEXF_NS + "/gexf.xsd");
      x.w.writeAttribute("version", "1.3");
      x.open(1, "meta");
      x.text(2, "creator", "newsgraph");
      x.text(2, "description", describe(network));
      x.close(1);
      x.open(1, "graph");
      x.w.writeAttribute("defaultedgetype", "undirected");
      x.w.writeAttribute("mode", "static");
      gexfAttributes(x, "node", network.nodeAttributes());
      gexfAttributes(x, "edge", network.edgeAttributes());
      x.open(2, "nodes");
      for (Node n : network.nodes()) {
        x.open(3, "node");
        x.w.writeAttribute("id", Xml.clean(n.id()));
        x.w.writeAttribute("label", Xml.clean(n.label()));
        gexfValues(x, network.nodeAttributes(), n.values());
        x.close(3);
      }
      x.close(2);
      x.open(2, "edges");
      for (int i = 0; i < network.edges().size(); i++) {
        Edge e = network.edges().get(i);
        x.open(3, "edge");
        x.w.writeAttribute("id", Integer.toString(i));
        x.w.writeAttribute("source", Xml.clean(e.source()));
        x.w.writeAttribute("target", Xml.clean(e.target()));
        x.w.writeAttribute("weight", format(e.weight()));
        gexfValues(x, network.edgeAttributes(), e.values());
        x.close(3);
      }
      x.close(2);
      x.close(1);
      x.end();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  private static void gexfAttributes(Xml x, String kind, List<Attribute> attributes) throws XMLStreamException {
    x.open(2, "attributes");
    x.w.writeAttribute("class", kind);
    for (Attribute a : attributes) {
      x.empty(3, "attribute");
      x.w.writeAttribute("id", a.name());
      x.w.writeAttribute("title", a.name());
      x.w.writeAttribute("type", a.type().xmlName());
    }
    x.close(2);
  }

  private static void gexfValues(Xml x, List<Attribute> attributes, Map<String, Object> values)
      throws XMLStreamException {
    List<Attribute> present = attributes.stream().filter(a -> values.get(a.name()) != null).toList();
    if (present.isEmpty()) {
      return;
    }
    x.open(4, "attvalues");
    for (Attribute a : present) {
      x.empty(5, "attvalue");
      x.w.writeAttribute("for", a.name());
      x.w.writeAttribute("value", Xml.clean(format(values.get(a.name()))));
    }
    x.close(4);
  }

  /**
   * GraphML: one {@code <key>} per graph value, node attribute (label first) and edge attribute
   * (weight first), ids g0.., n0.., e0..; {@code <graph edgedefault="undirected">}; a node's or
   * edge's {@code <data>} only for values it has. networkx.read_graphml reads it with the types
   * declared.
   */
  public static void writeGraphml(Network network, OutputStream out) throws IOException {
    try {
      Xml x = new Xml(out);
      x.w.setDefaultNamespace(GRAPHML_NS);
      x.w.writeStartElement("graphml");
      x.w.writeDefaultNamespace(GRAPHML_NS);
      x.w.writeNamespace("xsi", XSI_NS);
      x.w.writeAttribute("xsi", XSI_NS, "schemaLocation", GRAPHML_NS + " " + GRAPHML_NS + "/1.0/graphml.xsd");
      x.indent(1);
      x.w.writeComment(" " + Xml.clean(network.description()).replace("--", "- -") + " ");
      List<Attribute> graphKeys = new ArrayList<>();
      network.graphValues().forEach((k, v) -> graphKeys.add(new Attribute(k, typeOf(v))));
      List<Attribute> nodeKeys = new ArrayList<>(List.of(new Attribute("label", Network.Type.STRING)));
      nodeKeys.addAll(network.nodeAttributes());
      List<Attribute> edgeKeys = new ArrayList<>(List.of(new Attribute("weight", Network.Type.DOUBLE)));
      edgeKeys.addAll(network.edgeAttributes());
      graphmlKeys(x, "graph", "g", graphKeys);
      graphmlKeys(x, "node", "n", nodeKeys);
      graphmlKeys(x, "edge", "e", edgeKeys);
      x.open(1, "graph");
      x.w.writeAttribute("id", "G");
      x.w.writeAttribute("edgedefault", "undirected");
      graphmlData(x, 2, "g", graphKeys, network.graphValues());
      for (Node n : network.nodes()) {
        x.open(2, "node");
        x.w.writeAttribute("id", Xml.clean(n.id()));
        Map<String, Object> values = new java.util.LinkedHashMap<>(n.values());
        values.put("label", n.label());
        graphmlData(x, 3, "n", nodeKeys, values);
        x.close(2);
      }
      for (int i = 0; i < network.edges().size(); i++) {
        Edge e = network.edges().get(i);
        x.open(2, "edge");
        x.w.writeAttribute("id", "e" + i);
        x.w.writeAttribute("source", Xml.clean(e.source()));
        x.w.writeAttribute("target", Xml.clean(e.target()));
        Map<String, Object> values = new java.util.LinkedHashMap<>(e.values());
        values.put("weight", e.weight());
        graphmlData(x, 3, "e", edgeKeys, values);
        x.close(2);
      }
      x.close(1);
      x.end();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  private static void graphmlKeys(Xml x, String kind, String prefix, List<Attribute> keys) throws XMLStreamException {
    for (int i = 0; i < keys.size(); i++) {
      x.empty(1, "key");
      x.w.writeAttribute("id", prefix + i);
      x.w.writeAttribute("for", kind);
      x.w.writeAttribute("attr.name", keys.get(i).name());
      x.w.writeAttribute("attr.type", keys.get(i).type().xmlName());
    }
  }

  private static void graphmlData(Xml x, int depth, String prefix, List<Attribute> keys, Map<String, Object> values)
      throws XMLStreamException {
    for (int i = 0; i < keys.size(); i++) {
      Object v = values.get(keys.get(i).name());
      if (v != null) {
        x.open(depth, "data");
        x.w.writeAttribute("key", prefix + i);
        x.w.writeCharacters(Xml.clean(format(v)));
        x.w.writeEndElement();
      }
    }
  }

  /** The nodes as CSV (RFC 4180: CRLF, fields quoted when they hold a comma, quote or line break): id, label, attributes. */
  public static void writeCsvNodes(Network network, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>(List.of("id", "label"));
    network.nodeAttributes().forEach(a -> header.add(a.name()));
    csvLine(w, header);
    for (Node n : network.nodes()) {
      List<String> row = new ArrayList<>(List.of(n.id(), n.label()));
      network.nodeAttributes().forEach(a -> row.add(format(n.values().get(a.name()))));
      csvLine(w, row);
    }
    w.flush();
  }

  /** The edges as CSV: source, target, weight, attributes. */
  public static void writeCsvEdges(Network network, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>(List.of("source", "target", "weight"));
    network.edgeAttributes().forEach(a -> header.add(a.name()));
    csvLine(w, header);
    for (Edge e : network.edges()) {
      List<String> row = new ArrayList<>(List.of(e.source(), e.target(), format(e.weight())));
      network.edgeAttributes().forEach(a -> row.add(format(e.values().get(a.name()))));
      csvLine(w, row);
    }
    w.flush();
  }

  private static void csvLine(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(csvField(fields.get(i)));
    }
    w.write("\r\n");
  }

  /** One CSV field: as it is, or in double quotes (quotes doubled) when it holds a comma, quote, line break or edge blank. */
  static String csvField(String s) {
    if (s.isEmpty()) {
      return s;
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * A value as the files write it: null as empty; doubles in Java's shortest round-trip form
   * (0.25, 1.0E-5: xsd:double and Python's float read both), NaN as NaN, infinities as INF and
   * -INF (xsd:double's spelling, which float() reads too); booleans as true/false.
   */
  static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d)) {
        return "NaN";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? "INF" : "-INF";
      }
      return Double.toString(d);
    }
    return v.toString();
  }

  private static Network.Type typeOf(Object v) {
    for (Network.Type t : Network.Type.values()) {
      if (t.accepts(v)) {
        return t;
      }
    }
    throw new IllegalArgumentException("a graph value of type " + v.getClass().getSimpleName());
  }

  /** The description with the graph values, for GEXF's {@code <meta>}, which has no graph attributes. */
  private static String describe(Network network) {
    StringBuilder b = new StringBuilder(network.description());
    network.graphValues().forEach((k, v) -> b.append("; ").append(k).append('=').append(format(v)));
    return b.toString();
  }

  /** An XMLStreamWriter with line breaks and two-space indentation. */
  private static final class Xml {
    final XMLStreamWriter w;
    private final OutputStream out;

    Xml(OutputStream out) throws XMLStreamException {
      this.out = out;
      this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
    }

    void open(int depth, String name) throws XMLStreamException {
      indent(depth);
      w.writeStartElement(name);
    }

    void empty(int depth, String name) throws XMLStreamException {
      indent(depth);
      w.writeEmptyElement(name);
    }

    void close(int depth) throws XMLStreamException {
      indent(depth);
      w.writeEndElement();
    }

    void text(int depth, String name, String text) throws XMLStreamException {
      open(depth, name);
      w.writeCharacters(clean(text));
      w.writeEndElement();
    }

    void end() throws XMLStreamException, IOException {
      indent(0);
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      w.close();
      out.flush();
    }

    void indent(int depth) throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** {@code s} with the characters XML 1.0 cannot hold (controls but tab and line breaks, lone surrogates) as U+FFFD. */
    static String clean(String s) {
      StringBuilder b = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean ok;
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
        if (!ok && b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        if (b != null) {
          b.append(ok ? c : '\uFFFD');
        }
      }
      return b == null ? s : b.toString();
    }
  }
}
