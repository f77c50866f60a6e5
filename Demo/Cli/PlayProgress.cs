using System;
using CrmIndependence.Demo.Playing;
using CrmIndependence.Demo.Scenarios;
using Spectre.Console;

namespace CrmIndependence.Demo.Cli
{
    /// <summary>Plays a scenario showing progress: a bar in a terminal; a line per tenth in a log, for long plays only.</summary>
    internal static class PlayProgress
    {
        public static PlayResult Play(IAnsiConsole console, ScenarioPlayer player, Scenario scenario)
        {
            if (!console.Profile.Capabilities.Interactive)
            {
                var lastTenth = -1;
                player.Progress = (done, total) =>
                {
                    var tenth = done * 10 / Math.Max(1, total);
                    if (total >= 20_000 && tenth != lastTenth)
                    {
                        lastTenth = tenth;
                        console.WriteLine($"  played {done:n0} of {total:n0} events");
                    }
                };
                return player.Play(scenario);
            }

            PlayResult? result = null;
            console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Playing {scenario.Timeline.Count:n0} events", maxValue: Math.Max(1, scenario.Timeline.Count));
                    player.Progress = (done, _) =>
                    {
                        if (done % 50 == 0 || done == scenario.Timeline.Count)
                        {
                            task.Value = done;
                        }
                    };
                    result = player.Play(scenario);
                });
            return result!;
        }
    }
}
