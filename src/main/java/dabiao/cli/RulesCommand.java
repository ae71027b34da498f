package dabiao.cli;

import picocli.CommandLine.Command;

/** {@code dabiao rules}: a group of subcommands about the target rules; it needs one of them. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the target rules.",
        subcommands = RulesCheckCommand.class)
final class RulesCommand {
}
