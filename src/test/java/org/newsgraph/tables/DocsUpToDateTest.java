package org.newsgraph.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/tables.md and docs/options.md must be what the code generates (jobs/newsgraph docs). */
class DocsUpToDateTest {

  @Test
  void tablesDocMatchesTheSchemas() throws Exception {
    assertEquals(DocsGenerator.tablesMarkdown(), Files.readString(Path.of("docs/tables.md")),
        "docs/tables.md is stale: run `jobs/newsgraph docs`");
  }

  @Test
  void optionsDocMatchesTheSettings() throws Exception {
    assertEquals(DocsGenerator.optionsMarkdown(), Files.readString(Path.of("docs/options.md")),
        "docs/options.md is stale: run `jobs/newsgraph docs`");
  }
}
