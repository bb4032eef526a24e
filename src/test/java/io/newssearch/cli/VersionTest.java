package io.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code --version} prints the Implementation-Version of the runnable jar's manifest. The jar
 * is built after the tests run, so this pins the build that writes that manifest entry.
 */
class VersionTest {

  @Test
  void theRunnableJarManifestCarriesTheProjectVersion() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    Element entries = (Element) XPathFactory.newInstance().newXPath().evaluate(
        "/*[local-name()='project']/*[local-name()='build']/*[local-name()='plugins']"
            + "/*[local-name()='plugin'][*[local-name()='artifactId']='maven-shade-plugin']"
            + "//*[local-name()='transformer'][*[local-name()='mainClass']='io.newssearch.cli.Main']"
            + "/*[local-name()='manifestEntries']",
        pom, XPathConstants.NODE);
    assertThat(entries).as("manifestEntries of the shade transformer that sets Main").isNotNull();
    assertThat(text(entries, "Implementation-Version")).isEqualTo("${project.version}");
    assertThat(text(entries, "Implementation-Title")).isEqualTo("${project.name}");
  }

  @Test
  void withoutAManifestTheVersionSaysDevelopment() {
    CliTest.Run r = CliTest.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("news-search development"); // tests run from classes
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"demo", "index", "search", "extract"})
  void everyCommandPrintsTheVersion(String command) {
    CliTest.Run r = CliTest.run(command, "--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("news-search development");
  }

  private static String text(Element parent, String name) {
    var nodes = parent.getElementsByTagName(name);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
  }
}
