package org.tracemark.cli.release;

import picocli.CommandLine.Command;

/** {@code tracemark releases list|show|limit}. */
@Command(name = "releases", mixinStandardHelpOptions = true,
    subcommands = {ReleasesListCommand.class, ReleasesShowCommand.class, ReleasesLimitCommand.class},
    description = {"List and inspect releases; show or set the two-person row limit.", "查看发布记录；查看或设置双人审批行数上限。"})
public final class ReleasesCommand {}
