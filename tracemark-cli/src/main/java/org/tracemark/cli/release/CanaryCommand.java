package org.tracemark.cli.release;

import picocli.CommandLine.Command;

/** {@code tracemark canary pool add|list}, {@code tracemark canary hit}. */
@Command(name = "canary", mixinStandardHelpOptions = true, subcommands = {CanaryPoolCommand.class, CanaryHitCommand.class},
    description = {"Trap numbers for canary records, and hits on them.", "金丝雀记录的陷阱号码池与命中告警。"})
public final class CanaryCommand {}
