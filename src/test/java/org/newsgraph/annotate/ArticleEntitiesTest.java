package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleEntitiesTest {
  private static Mention m(String field, int start, String entity, String method) {
    return new Mention(field, 1, start, start + 1, "x", "x", entity, entity.substring(0, entity.indexOf(':')), "x",
        method, null, null);
  }

  private static final List<Mention> STORY = List.of(
      m("title", 0, "country:JPN", "alias"),      // in the title: focus
      m("text", 0, "country:USA", "dateline"),    // the dateline: focus
      m("text", 30, "country:FRA", "alias"),      // FRA three times: focus
      m("text", 50, "country:FRA", "demonym"),
      m("text", 70, "country:FRA", "capital"),
      m("text", 10, "country:DEU", "alias"),      // DEU twice: named in passing
      m("text", 90, "country:DEU", "alias"),
      m("text", 95, "title:FRA:president", "title"), // an unresolved title is no entity
      m("text", 99, "leader:Q7747", "alias"));    // a leader once

  @Test
  void focusIsTheTitleTheDatelineOrThreeMentions() {
    assertEquals(Set.of("country:JPN", "country:USA", "country:FRA"), ArticleEntities.focusCountries(STORY));
  }

  @Test
  void salienceShareAndFirstMentionByHand() {
    List<ArticleEntities.Entity> es = ArticleEntities.of(STORY);
    // order of first mention, the title first: JPN (title 0), USA (text 0), DEU (text 10), FRA (text 30), Q7747
    assertEquals(List.of("country:JPN", "country:USA", "country:DEU", "country:FRA", "leader:Q7747"),
        es.stream().map(ArticleEntities.Entity::entityId).toList());
    // 8 entity mentions (the unresolved title left out)
    ArticleEntities.Entity jpn = es.get(0);
    assertEquals("title", jpn.firstField());
    assertEquals(1.0 / 8, jpn.share(), 1e-12);
    assertEquals((1 + 3) / 6.0, jpn.salience(), 1e-12); // one mention + the title
    ArticleEntities.Entity deu = es.get(2);
    assertEquals(2, deu.nMentions());
    assertEquals(10, deu.firstChar());
    assertEquals(2 / 6.0, deu.salience(), 1e-12);
    assertEquals(false, deu.focus());
    ArticleEntities.Entity fra = es.get(3);
    assertEquals(3 / 6.0, fra.salience(), 1e-12);
    assertEquals(true, fra.focus());
    assertEquals(3.0 / 8, fra.share(), 1e-12);
    // saturates at 1: the title, the dateline and a mention would be 7/6
    assertEquals(1.0, ArticleEntities.salience(1, true, true), 1e-12);
  }

  @Test
  void theLineBeforeADatelineInTheTextIsTheTitle() {
    // "Japan ...\nWASHINGTON, March 3 - ... France": the dateline mention starts at 20, so Japan (0) is
    // on the headline line and counts as in the title; France (50) once in the body does not
    List<ArticleEntities.Entity> es = ArticleEntities.of(List.of(m("text", 0, "country:JPN", "alias"),
        m("text", 20, "country:USA", "dateline"), m("text", 50, "country:FRA", "alias")));
    assertEquals(List.of(true, false, false), es.stream().map(ArticleEntities.Entity::inTitle).toList());
    assertEquals(List.of(true, true, false), es.stream().map(ArticleEntities.Entity::focus).toList());
  }
}
