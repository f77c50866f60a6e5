using System;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// SendEmail (steps register on message "Send" of email): an open email (Draft or Failed) becomes Completed —
/// with IssueSend, "Pending Send", as Dataverse leaves it until the mailbox sends it (the emulator sends nothing);
/// without, "Sent", as when the email went out another way. The change goes through the Update pipeline, as
/// SetState's does. The response's Subject is the subject with the tracking token, when one is given
/// (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.sendemailrequest).
/// </summary>
internal sealed class SendEmailHandler : MessageHandler
{
    public const int Sent = 3;
    public const int PendingSend = 6;

    public override string MessageName => "Send";

    public override void Prepare(MessageExecution exec)
    {
        var id = exec.Optional<Guid>("EmailId");
        if (id == Guid.Empty)
        {
            throw Faults.MissingParameter(exec.RequestName, "EmailId");
        }

        var email = exec.Engine.Store.Find("email", id) ?? throw Faults.NotFound("email", id);
        if ((email["statecode"] as OptionSetValue)?.Value != StandardTables.ActivityState.Open)
        {
            var status = email["statuscode"] is OptionSetValue value ? exec.Engine.Catalog.Table("email").FindStatus(value.Value)?.Label : null;
            throw Faults.Create(Faults.InvalidOperation, $"The email {id} is {status ?? "closed"}; only an open email (Draft or Failed) can be sent.");
        }

        exec.PrimaryEntityName = "email";
        exec.PrimaryEntityId = id;
    }

    public override void Execute(MessageExecution exec)
    {
        var issueSend = exec.Optional<bool>("IssueSend");
        exec.Engine.ExecuteChild(exec, new UpdateRequest
        {
            Target = new Entity("email", exec.PrimaryEntityId)
            {
                ["statecode"] = new OptionSetValue(StandardTables.ActivityState.Completed),
                ["statuscode"] = new OptionSetValue(issueSend ? PendingSend : Sent),
            },
        });

        var subject = exec.Engine.Store.Find("email", exec.PrimaryEntityId)!["subject"] as string;
        var token = exec.Optional<string>("TrackingToken");
        exec.OutputParameters["Subject"] = string.IsNullOrEmpty(token) ? subject : $"{subject} {token}".Trim();
    }

    public override OrganizationResponse Respond(MessageExecution exec) => WithResults(new SendEmailResponse(), exec);
}
