package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The cluster jar (built by `package`, before the ITs) holds the product only: the entry point
 * spark-submit names, and no class of the benchmark or the sample generator, which live in the
 * bench module (bench/pom.xml, issue 22).
 */
class ClusterJarIT {
  static final List<String> NOT_IN_THE_PRODUCT = List.of("org/newsgraph/bench/", "org/newsgraph/sample/");

  @Test
  void holdsTheEntryPointAndNoBenchOrSampleGeneratorClass() throws Exception {
    Path jar = Path.of(System.getProperty("newsgraph.cluster.jar"));
    assertTrue(Files.isRegularFile(jar), "the cluster jar is built by `package`: " + jar);
    try (JarFile j = new JarFile(jar.toFile())) {
      // the class jobs/newsgraph and ClusterIT pass to spark-submit as --class
      assertNotNull(j.getEntry(NewsgraphCli.class.getName().replace('.', '/') + ".class"),
          "the entry point is in " + jar);
      List<String> strays = j.stream().map(ZipEntry::getName)
          .filter(name -> NOT_IN_THE_PRODUCT.stream().anyMatch(name::startsWith))
          .toList();
      assertEquals(List.of(), strays, "bench or sample-generator entries in " + jar);
    }
  }
}
