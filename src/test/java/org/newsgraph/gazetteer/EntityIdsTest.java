package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityIdsTest {

  @Test
  void isOfTypeAgreesWithTypeOf() {
    assertTrue(EntityIds.isOfType("leader:Q7747", EntityIds.LEADER));
    assertEquals(EntityIds.LEADER, EntityIds.typeOf("leader:Q7747"));
    // the type must be the whole part before the first colon
    assertFalse(EntityIds.isOfType("leaders:Q7747", EntityIds.LEADER));
    assertFalse(EntityIds.isOfType("country:RUS", EntityIds.LEADER));
    // "leader" alone has no colon: typeOf gives "", so it is of no type
    assertFalse(EntityIds.isOfType("leader", EntityIds.LEADER));
    assertEquals("", EntityIds.typeOf("leader"));
    // a type other than the three of the gazetteer, e.g. title:RUS:president
    assertTrue(EntityIds.isOfType("title:RUS:president", "title"));
    assertEquals("title", EntityIds.typeOf("title:RUS:president"));
  }
}
