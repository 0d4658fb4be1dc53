using GillRepro.Cli;

return GillReproApp.Run(args, Console.Out, Console.Error);
