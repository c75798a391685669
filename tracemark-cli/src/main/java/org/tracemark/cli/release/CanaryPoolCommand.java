package org.tracemark.cli.release;

import picocli.CommandLine.Command;

/** {@code tracemark canary pool add|list}. */
@Command(name = "pool", mixinStandardHelpOptions = true, subcommands = {CanaryPoolAddCommand.class,
    CanaryPoolListCommand.class},
    description = {"The operator's trap numbers (numbers the organisation owns and monitors).", "陷阱号码池（机构自有并监控的号码）。"})
public final class CanaryPoolCommand {}
