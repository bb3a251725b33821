package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in a news page: title, main text, publication date and language. Plain Java over a
 * jsoup document. The boilerplate remover drops page furniture (scripts, navigation, headers,
 * footers, asides, forms, and elements whose class or id says nav/menu/share/related/comment/...),
 * then picks the container holding the most paragraph text (an {@code <article>},
 * {@code [itemprop=articleBody]} or {@code <main>} when there is one) and keeps its paragraphs,
 * headings, list items and quotes that are not mostly links.
 */
public final class HtmlArticleExtractor {
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(^|[\\s_-])(nav|navbar|menu|footer|sidebar|comments?|share|sharing|social|related|promo|advert|ads?"
          + "|cookie|newsletter|subscribe|breadcrumbs?|masthead|banner|popup|modal|outbrain|taboola)($|[\\s_-])",
      Pattern.CASE_INSENSITIVE);
  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

  /** What was found in a page; any field may be null. */
  public record Article(String title, String text, String published, String language, String siteName) {
  }

  private HtmlArticleExtractor() {
  }

  public static Article extract(Document doc) {
    String published = publishedDate(doc);
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title(),
        doc.select("h1").isEmpty() ? null : doc.select("h1").first().text());
    String language = firstNonBlank(doc.select("html").attr("lang"), meta(doc, "meta[http-equiv=content-language]"));
    String site = meta(doc, "meta[property=og:site_name]");
    return new Article(title, mainText(doc.clone()), published, language, site);
  }

  /** article:published_time, then JSON-LD datePublished, then other common date metadata; else null. */
  static String publishedDate(Document doc) {
    String og = meta(doc, "meta[property=article:published_time]");
    if (og != null) {
      return og;
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        String found = findKey(JsonRecordParser.JSON.readTree(script.data()), "datePublished", 0);
        if (found != null) {
          return found;
        }
      } catch (java.io.IOException e) {
        // a broken JSON-LD block is ignored
      }
    }
    return firstNonBlank(meta(doc, "meta[itemprop=datePublished]"),
        doc.select("[itemprop=datePublished][datetime]").attr("datetime"),
        meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=publish-date]"),
        meta(doc, "meta[name=date]"), meta(doc, "meta[name=dc.date]"));
  }

  private static String findKey(JsonNode node, String key, int depth) {
    if (node == null || depth > 8) {
      return null;
    }
    if (node.isObject()) {
      JsonNode v = node.get(key);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
      for (JsonNode child : node) {
        String f = findKey(child, key, depth + 1);
        if (f != null) {
          return f;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        String f = findKey(child, key, depth + 1);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private static String meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.hasAttr("content") ? e.attr("content") : e.attr("value");
    return v.isBlank() ? null : v.strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The main text: paragraphs of the best container, joined by blank lines. */
  static String mainText(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select("script, style, noscript, template, iframe, svg, form, nav, header, footer, aside, button,"
        + " select, figure, [hidden], [aria-hidden=true]").remove();
    for (Element e : body.select("[class], [id]")) {
      if (e.tagName().equals("article") || e.tagName().equals("main") || e.tagName().equals("body")) {
        continue;
      }
      if (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find()) {
        e.remove();
      }
    }
    Element container = bestContainer(body);
    List<String> blocks = new ArrayList<>();
    for (Element block : container.select(BLOCKS)) {
      if (!block.select(BLOCKS).not(":root").isEmpty() && !block.tagName().equals("li")) {
        continue; // a block holding blocks: its children are taken one by one
      }
      String text = block.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      int linkChars = 0;
      for (Element a : block.select("a")) {
        linkChars += a.text().length();
      }
      if (linkChars > text.length() / 2) {
        continue;
      }
      if (block.tagName().equals("li") && text.length() < 40) {
        continue;
      }
      blocks.add(text);
    }
    return blocks.isEmpty() ? container.text().strip() : String.join("\n\n", blocks);
  }

  private static Element bestContainer(Element body) {
    Element best = null;
    int bestScore = 0;
    Elements candidates = body.select("article, [itemprop=articleBody], main");
    for (Element c : candidates) {
      int score = paragraphChars(c);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    // no semantic container: the parent of the paragraphs with the most text
    java.util.Map<Element, Integer> scores = new java.util.LinkedHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, p.text().length(), Integer::sum);
      }
    }
    for (java.util.Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best == null ? body : best;
  }

  private static int paragraphChars(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }
}
