package io.newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code news-search} command line: demo, index, search, extract.
 *
 * <pre>
 * java -jar target/news-search.jar demo
 * java -jar target/news-search.jar index --index idx index-fixtures
 * java -jar target/news-search.jar search --index idx --tag Russia "oil production"
 * </pre>
 *
 * <p>Exit codes: {@value #OK} success; {@value #SOME_REJECTED} finished, but some inputs were
 * rejected (the rest is committed); {@value #USAGE} bad arguments; {@value #FATAL} could not run
 * (index locked or missing, I/O error). Errors go to stderr as one message, with the usage for
 * argument errors.
 */
@Command(
    name = "news-search",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns scraped news pages into a searchable index.",
    subcommands = {
      DemoCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int SOME_REJECTED = 1;
  public static final int USAGE = 2;
  public static final int FATAL = 3;

  // Lucene logs a hint about the incubating Vector API at start-up; the CLI does no vector
  // search, so the hint is noise on every command. Held in a field: JUL keeps loggers weakly.
  private static final java.util.logging.Logger VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
  }

  /** A configured command line writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    SearchCommand.configure(cl.getSubcommands().get("search"));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(
        e -> e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException
            ? USAGE
            : FATAL);
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          PrintWriter w = cmd.getErr();
          if (e instanceof IllegalArgumentException) {
            w.println("error: " + e.getMessage());
            cmd.usage(w);
            return USAGE;
          }
          w.println("error: " + describe(e));
          return FATAL;
        });
    return cl;
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file or folder: " + n.getFile()
          + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.toString();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"news-search " + (v == null ? "development" : v)};
    }
  }
}
