/*
 * CrmIndependence: the help request's main and quick create forms.
 *
 * The server (AssessHelpRequest) refuses a request that misses what its urgency needs, in one message. This script
 * says it before the rep saves, with the form's own required marks:
 *   urgent          -> "Why It Can't Wait" (cri_urgentreason) is shown and required; the rest is optional;
 *   not urgent      -> the urgent reason is hidden and not required; what you tried and your recommendation are
 *                      required, and Option 1 is required while no option is filled in (the server asks for at least one).
 *
 * Form wiring (FormXml of cri_helprequest, main and quickCreate):
 *   CrmIndependence.HelpRequestForm.onLoad            OnLoad, pass execution context
 *   CrmIndependence.HelpRequestForm.onUrgencyChange   OnChange of cri_urgency
 *   CrmIndependence.HelpRequestForm.onOptionChange    OnChange of cri_option1, cri_option2, cri_option3
 */
var CrmIndependence = CrmIndependence || {};

CrmIndependence.HelpRequestForm = (function () {
    "use strict";

    var URGENCY = "cri_urgency";
    var URGENT = 100000001;
    var URGENT_REASON = "cri_urgentreason";
    var WHAT_TRIED = "cri_whattried";
    var RECOMMENDATION = "cri_recommendation";
    var OPTIONS = ["cri_option1", "cri_option2", "cri_option3"];

    function filled(formContext, name) {
        var attribute = formContext.getAttribute(name);
        var value = attribute ? attribute.getValue() : null;
        return typeof value === "string" ? value.trim().length > 0 : value !== null && value !== undefined;
    }

    function require(formContext, name, required) {
        var attribute = formContext.getAttribute(name);
        if (attribute) {
            attribute.setRequiredLevel(required ? "required" : "none");
        }
    }

    function show(formContext, name, visible) {
        var control = formContext.getControl(name);
        if (control) {
            control.setVisible(visible);
        }
    }

    function isUrgent(formContext) {
        var attribute = formContext.getAttribute(URGENCY);
        return !!attribute && attribute.getValue() === URGENT;
    }

    /** Shows and requires what the request's urgency needs; returns true when the request is urgent. */
    function applyUrgency(formContext) {
        var urgent = isUrgent(formContext);
        show(formContext, URGENT_REASON, urgent);
        require(formContext, URGENT_REASON, urgent);
        require(formContext, WHAT_TRIED, !urgent);
        require(formContext, RECOMMENDATION, !urgent);
        var anyOption = OPTIONS.some(function (name) { return filled(formContext, name); });
        require(formContext, OPTIONS[0], !urgent && !anyOption);
        return urgent;
    }

    function fromContext(executionContext) {
        if (!executionContext || typeof executionContext.getFormContext !== "function") {
            throw new Error("CrmIndependence.HelpRequestForm: register the handler with 'Pass execution context as first parameter'.");
        }
        return applyUrgency(executionContext.getFormContext());
    }

    return {
        applyUrgency: applyUrgency,
        onLoad: fromContext,
        onUrgencyChange: fromContext,
        onOptionChange: fromContext
    };
}());

if (typeof module !== "undefined" && module.exports) {
    module.exports = CrmIndependence.HelpRequestForm;
}
