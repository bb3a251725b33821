package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsgraph.ingest.PublishedDates;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the two geoparsing gold sets of Gritta et al. ({@code geoparsing-dev/}), one method each.
 * <ul>
 *   <li>GeoWebNews ({@code GeoWebNews.xml}): {@code <article>} with title, link, text and
 *       {@code <toponym>}s; a span's label is its pragmatic type (Literal, Metonymic, Demonym,
 *       Homonym, Non_Toponym ...), offsets 0-based into the text. Dated by the link's
 *       {@code /yyyy/mm/dd/}, when it has one.</li>
 *   <li>GeoVirus ({@code GeoVirus.xml}): {@code <article>} with source, text and {@code <location>}s;
 *       a span's ref is its Wikipedia page (the part after {@code /wiki/}), label {@code location}.
 *       Its offsets are 1-based (start and end both one past the 0-based ones): read as such.
 *       Undated.</li>
 * </ul>
 */
public final class GeoparsingCorpus {
  static final String GEOWEBNEWS = "GeoWebNews.xml";
  static final String GEOVIRUS = "GeoVirus.xml";

  private GeoparsingCorpus() {
  }

  public static List<GoldArticle> readGeoWebNews(Path dir) throws IOException {
    Document doc = parse(dir.resolve(GEOWEBNEWS));
    List<GoldArticle> out = new ArrayList<>();
    for (Element a : children(doc.getDocumentElement(), "article")) {
      String text = childText(a, "text");
      String link = childText(a, "link");
      Instant day = PublishedDates.fromPath(link);
      LocalDate date = day == null ? null : LocalDate.ofInstant(day, ZoneOffset.UTC);
      List<GoldArticle.Span> spans = new ArrayList<>();
      for (Element t : descendants(a, "toponym")) {
        int start = Integer.parseInt(childText(t, "start"));
        int end = Integer.parseInt(childText(t, "end"));
        if (start >= 0 && end <= text.length() && start < end) {
          spans.add(new GoldArticle.Span(start, end, childText(t, "type"), null, false));
        }
      }
      out.add(new GoldArticle("geowebnews-" + a.getAttribute("file"), childText(a, "title"), text, date,
          List.copyOf(spans)));
    }
    return out;
  }

  public static List<GoldArticle> readGeoVirus(Path dir) throws IOException {
    Document doc = parse(dir.resolve(GEOVIRUS));
    List<GoldArticle> out = new ArrayList<>();
    for (Element a : children(doc.getDocumentElement(), "article")) {
      String text = childText(a, "text");
      List<GoldArticle.Span> spans = new ArrayList<>();
      for (Element l : descendants(a, "location")) {
        int start = Integer.parseInt(childText(l, "start")) - 1;
        int end = Integer.parseInt(childText(l, "end")) - 1;
        String page = childText(l, "page");
        int wiki = page.indexOf("/wiki/");
        if (start >= 0 && end <= text.length() && start < end) {
          spans.add(new GoldArticle.Span(start, end, "location",
              wiki < 0 ? page : page.substring(wiki + "/wiki/".length()), false));
        }
      }
      out.add(new GoldArticle("geovirus-" + (out.size() + 1), null, text, null, List.copyOf(spans)));
    }
    return out;
  }

  private static Document parse(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no " + file.getFileName() + " in " + file.getParent());
    }
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> descendants(Element parent, String name) {
    NodeList nl = parent.getElementsByTagName(name);
    List<Element> out = new ArrayList<>(nl.getLength());
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  private static String childText(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? "" : c.get(0).getTextContent();
  }
}
