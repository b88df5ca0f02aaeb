package dev.ffmbind.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.FileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file a spec's diagnostics point at: the one the user edits. */
class SpecLocatorTest {

  private static final byte[] SPEC = "library: c\n".getBytes(StandardCharsets.UTF_8);

  private static FileObject file(Path p) {
    return new SimpleJavaFileObject(p.toUri(), javax.tools.JavaFileObject.Kind.OTHER) {};
  }

  private static Path write(Path p, byte[] content) throws IOException {
    Files.createDirectories(p.getParent());
    return Files.write(p, content);
  }

  @Test
  void aCopyOnTheClassPathPointsAtItsResourceSource(@TempDir Path project) throws IOException {
    Path copy = write(project.resolve("target/classes/com/x/x.yaml"), SPEC);
    Path source = write(project.resolve("src/main/resources/com/x/x.yaml"), SPEC);
    assertEquals(Optional.of(source), SpecLocator.editable(file(copy), "com/x/x.yaml", SPEC));
  }

  @Test
  void anyBuildDirectoryNameAndTestResources(@TempDir Path project) throws IOException {
    Path copy = write(project.resolve("target-mine/test-classes/t.yaml"), SPEC);
    Path source = write(project.resolve("src/test/resources/t.yaml"), SPEC);
    assertEquals(Optional.of(source), SpecLocator.editable(file(copy), "t.yaml", SPEC));
  }

  @Test
  void aStaleSourceIsNotTheSpecJavacRead(@TempDir Path project) throws IOException {
    Path copy = write(project.resolve("target/classes/com/x/x.yaml"), SPEC);
    write(project.resolve("src/main/resources/com/x/x.yaml"), "library: z\n".getBytes());
    assertEquals(Optional.of(copy), SpecLocator.editable(file(copy), "com/x/x.yaml", SPEC));
  }

  @Test
  void aSpecOnTheSourcePathIsItself(@TempDir Path project) throws IOException {
    Path source = write(project.resolve("src/main/java/com/x/x.yaml"), SPEC);
    assertEquals(Optional.of(source), SpecLocator.editable(file(source), "com/x/x.yaml", SPEC));
  }

  @Test
  void aSpecThatIsNoFileHasNoPath() {
    FileObject inMemory = JavaFileObjects.forSourceString("com/x/x.yaml", "library: c\n");
    assertEquals(Optional.empty(), SpecLocator.editable(inMemory, "com/x/x.yaml", SPEC));
  }
}
