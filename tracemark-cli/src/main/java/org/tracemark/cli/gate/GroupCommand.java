package org.tracemark.cli.gate;

import picocli.CommandLine.Command;

/** {@code tracemark group add|list|link|open|close|join|verify|revoke}. */
@Command(name = "group", mixinStandardHelpOptions = true,
    subcommands = {GroupAddCommand.class, GroupListCommand.class, GroupLinkCommand.class, GroupOpenCommand.class,
        GroupCloseCommand.class, GroupJoinCommand.class, GroupVerifyCommand.class, GroupRevokeCommand.class},
    description = {"Owners' groups: a join link that admits residents only, and admission passes (docs/gate.md).",
        "业主群：只让本小区住户入群的链接与入群通行证（见 docs/gate.md）。"})
public final class GroupCommand {}
