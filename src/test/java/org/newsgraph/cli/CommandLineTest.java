package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.Setting;
import org.newsgraph.config.Settings;

class CommandLineTest {

  @Test
  void commandLineWinsOverConfigFileWhichWinsOverDefaults(@TempDir Path dir) throws Exception {
    Path props = dir.resolve("x.properties");
    Files.writeString(props, "output.dir=from-file\ncooccur.min_pair_count=3\ninput.paths=f.jsonl\n");
    CommandLine cl = CommandLine.parse(new String[] {"run", "--config", props.toString(),
        "--output", "from-cli", "--input", "a.jsonl", "b.jsonl", "--master", "local[2]"});
    assertEquals("run", cl.command());
    assertEquals("local[2]", cl.master());
    assertEquals("from-cli", cl.config().outputDir());
    assertEquals(3, cl.config().minPairCount());
    assertEquals(List.of("a.jsonl", "b.jsonl"), cl.config().inputPaths());
    assertEquals(List.of("week", "month", "year", "all"), cl.config().granularities());
  }

  @Test
  void setOverridesAnySetting() {
    CommandLine cl = CommandLine.parse(new String[] {"cooccur", "--set", "cooccur.granularities=week"});
    assertEquals(List.of("week"), cl.config().granularities());
  }

  @Test
  void mistakesAreNamed() {
    assertTrue(assertThrows(ConfigException.class,
        () -> CommandLine.parse(new String[] {"run", "--outptu", "x"})).getMessage().contains("--outptu"));
    assertTrue(assertThrows(ConfigException.class,
        () -> CommandLine.parse(new String[] {"fly"})).getMessage().contains("fly"));
    assertTrue(assertThrows(ConfigException.class,
        () -> CommandLine.parse(new String[] {"run", "--config", "/no/such.properties"}))
        .getMessage().contains("/no/such.properties"));
  }

  @Test
  void helpDocumentsEveryOptionAndSetting() {
    String usage = CommandLine.usage();
    for (String option : List.of("--input", "--output", "--master", "--config", "--set", "--help")) {
      assertTrue(usage.contains(option), option);
    }
    for (Setting<?> s : Settings.ALL) {
      assertTrue(usage.contains(s.key()), s.key());
    }
  }
}
