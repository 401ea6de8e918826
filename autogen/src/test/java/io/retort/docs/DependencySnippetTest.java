package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencySnippetTest {
  private static final Path CHECKOUT = Workspace.checkout();
  /** The version this checkout builds: the parent's. */
  private static final String VERSION = version();

  @TempDir
  Path scratch;

  @Test
  void aDependencyOnAModuleOfThisVersionPasses() {
    assertDoesNotThrow(() -> check(dependency("retort-runtime", VERSION)));
  }

  @Test
  void aDependencyOnANestedModulePasses() {
    assertDoesNotThrow(() -> check(dependency("retort-spring-boot-starter", VERSION)));
    assertThrows(AssertionError.class, () -> check(dependency("retort-spring-boot-starter", "9.9.9")));
  }

  @Test
  void anArtifactThisCheckoutDoesNotBuildFails() {
    assertThrows(AssertionError.class, () -> check(dependency("retort-runtime", "9.9.9")));
    assertThrows(AssertionError.class, () -> check(dependency("retort-nothing", VERSION)));
    assertThrows(AssertionError.class, () -> check("<project/>"));
  }

  @Test
  void thePluginWithRealGoalsParametersAndSettingsPasses() {
    assertDoesNotThrow(() -> check(plugin("retort-maven-plugin",
        "<executions><execution><goals><goal>check</goal></goals></execution></executions>"
            + "<configuration><skip>false</skip><settings><version_table>shop_version</version_table></settings></configuration>")));
  }

  @Test
  void aGoalTheModuleDoesNotHaveFails() {
    AssertionError error = assertThrows(AssertionError.class, () -> check(plugin("retort-maven-plugin",
        "<executions><execution><goals><goal>chek</goal></goals></execution></executions>")));
    assertTrue(error.getMessage().contains("'chek'"), error.getMessage());
  }

  @Test
  void aParameterTheGoalsDoNotHaveOrAReadOnlyOneFails() {
    assertThrows(AssertionError.class, () -> check(plugin("retort-maven-plugin", "<configuration><setting/></configuration>")));
    assertThrows(AssertionError.class, () -> check(plugin("retort-maven-plugin", "<configuration><project/></configuration>")));
  }

  @Test
  void settingsThatAreNoRetortKeysFail() {
    AssertionError error = assertThrows(AssertionError.class, () -> check(plugin("retort-maven-plugin",
        "<configuration><settings><versions_table>x</versions_table></settings></configuration>")));
    assertTrue(error.getMessage().contains("<settings>"), error.getMessage());
  }

  @Test
  void aModuleThatIsNoPluginCannotBeUsedAsOne() {
    assertThrows(AssertionError.class, () -> check(plugin("retort-runtime", "")));
  }

  private static String version() {
    try {
      Matcher version = Pattern.compile("<artifactId>retort-parent</artifactId>\\s*<version>([^<]+)</version>")
          .matcher(Files.readString(CHECKOUT.resolve("pom.xml")));
      assertTrue(version.find(), "the version in the parent pom.xml");
      return version.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void check(String xml) {
    DependencySnippet.check(new GuideBlock(1, "xml", List.of(xml.split("\n")), null, "## Test"), CHECKOUT, scratch);
  }

  private static String dependency(String artifact, String version) {
    return "<dependency><groupId>io.retort</groupId><artifactId>" + artifact + "</artifactId><version>" + version
        + "</version></dependency>";
  }

  private static String plugin(String artifact, String inside) {
    return "<plugin><groupId>io.retort</groupId><artifactId>" + artifact + "</artifactId><version>" + VERSION + "</version>"
        + inside + "</plugin>";
  }
}
