package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GEXF the writer produces passes the structural check of GEXF 1.3 ({@link GexfCheck}), and
 * the check itself fails on each kind of broken document (so a pass means something).
 */
class GexfCheckTest {

  private static String written(boolean withSources) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkWriter.writeGexf(NetworkWriterTest.sample(withSources), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> problems(String xml) throws Exception {
    return GexfCheck.problems(NetworkWriterTest.parse(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theWritersGexfIsWellFormedGexf13() throws Exception {
    String xml = written(true);
    assertEquals(List.of(), problems(xml));
    assertEquals(List.of(), problems(written(false)));
    // the root exactly as Gephi expects it
    assertTrue(xml.contains("<gexf xmlns=\"http://gexf.net/1.3\""), xml.substring(0, 200));
    assertTrue(xml.contains("version=\"1.3\""));
    assertTrue(xml.contains("<graph defaultedgetype=\"undirected\""));
  }

  @Test
  void theCheckFailsOnEachKindOfBrokenDocument() throws Exception {
    String ok = written(false);
    // one broken variant per rule, each changing one thing of the good document
    List<String[]> broken = List.of(
        new String[] {"xmlns=\"http://gexf.net/1.3\"", "xmlns=\"http://gexf.net/1.2draft\"", "namespace"},
        new String[] {"version=\"1.3\"", "version=\"1.2\"", "version"},
        new String[] {"defaultedgetype=\"undirected\"", "defaultedgetype=\"directed\"", "defaultedgetype"},
        new String[] {"target=\"leader:Q1\"", "target=\"leader:Q9\"", "is no node"},
        new String[] {"<attvalue for=\"npmi\"", "<attvalue for=\"nmpi\"", "not declared"},
        new String[] {"<node id=\"topic:att\"", "<node id=\"country:CIV\"", "not unique"},
        new String[] {"<edge id=\"1\"", "<edge id=\"0\"", "not unique"},
        new String[] {"title=\"n_a\" type=\"long\"", "title=\"n_a\" type=\"number\"", "type 'number'"},
        new String[] {"value=\"12\"", "value=\"twelve\"", "is no long"},
        new String[] {"value=\"true\"", "value=\"yes\"", "is no boolean"},
        new String[] {"weight=\"4.0\"", "weight=\"four\"", "weight"},
        new String[] {"<nodes>", "<nodes><edge id=\"x\" source=\"a\" target=\"b\"/>", "where <node> belongs"});
    for (String[] b : broken) {
      assertTrue(ok.contains(b[0]), "the good document has " + b[0]);
      List<String> p = problems(ok.replaceFirst(java.util.regex.Pattern.quote(b[0]),
          java.util.regex.Matcher.quoteReplacement(b[1])));
      assertTrue(p.stream().anyMatch(x -> x.contains(b[2])), b[1] + " -> " + p);
    }
  }
}
