// The `hubplan` executable: everything lives in HubPlanCommands; this file only starts it.
import HubPlanCommands

HubPlanCommand.runMain()
