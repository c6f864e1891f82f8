using System;
using NodaTime;
using SmpRules.Cli;

// The program's edge: the only place that touches the real console and the system clock.
return SmpCareApp.Run(args, Console.Out, Console.Error, SystemClock.Instance);
