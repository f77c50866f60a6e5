using System;
using System.IO;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Solution.Packing;
using CrmIndependence.Solution.Source;

namespace CrmIndependence.Solution
{
    /// <summary>
    /// pack --source Solution --plugins Plugins/bin/Release/net462/CrmIndependence.Plugins.dll
    ///      [--workflows Workflows/bin/Release/net462/CrmIndependence.Workflows.dll] --out out
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string? source = null, plugins = null, workflows = null, output = null;
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--source": source = value; i++; break;
                    case "--plugins": plugins = value; i++; break;
                    case "--workflows": workflows = value; i++; break;
                    case "--out": output = value; i++; break;
                    default:
                        Console.Error.WriteLine($"unknown argument '{args[i]}'");
                        return Usage();
                }
            }

            if (source == null || plugins == null || output == null)
            {
                return Usage();
            }

            try
            {
                var result = SolutionPacker.Pack(new PackOptions(source, plugins, workflows, output));
                Console.WriteLine($"Packed version {result.Version}:");
                Console.WriteLine($"    {result.UnmanagedZip} ({new FileInfo(result.UnmanagedZip).Length:n0} bytes)");
                Console.WriteLine($"    {result.ManagedZip} ({new FileInfo(result.ManagedZip).Length:n0} bytes)");
                foreach (var assembly in result.Assemblies)
                {
                    Console.WriteLine($"    {assembly.FullName}: {assembly.Types.Count} types, {assembly.Steps.Count} steps");
                }

                return 0;
            }
            catch (SolutionSourceException error)
            {
                Console.Error.WriteLine($"error: {error.Message}");
                return 1;
            }
            catch (RegistrationException error)
            {
                Console.Error.WriteLine($"error: registration: {error.Message}");
                return 1;
            }
        }

        private static int Usage()
        {
            Console.Error.WriteLine("usage: pack --source <Solution folder> --plugins <net462 CrmIndependence.Plugins.dll> [--workflows <net462 CrmIndependence.Workflows.dll>] --out <folder>");
            return 2;
        }
    }
}
