package org.tracemark.cli.release;

import picocli.CommandLine.Command;

/** {@code tracemark recipient add|list}. */
@Command(name = "recipient", mixinStandardHelpOptions = true,
    subcommands = {RecipientAddCommand.class, RecipientListCommand.class},
    description = {"Register and list the recipients of releases.", "登记、列出数据接收方（销售、物业、银行、合作方）。"})
public final class RecipientCommand {}
