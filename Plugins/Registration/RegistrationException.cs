using System;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>A plugin class declares a step Dataverse would refuse or run wrongly; the message names the class.</summary>
    public sealed class RegistrationException : Exception
    {
        public RegistrationException(string message)
            : base(message)
        {
        }
    }
}
