#pragma once

// A realistic generated issue draft (a Cloud Run error cluster) used by tests and screenshots.
#include "editor/src/editabledraft.h"

namespace gardener::sample {

inline EditableDraft cloudRunDraft()
{
    EditableDraft draft;
    draft.id = QStringLiteral("cluster-7f3a");
    draft.title = QStringLiteral("checkout-api: 502 from payments backend after deploy");
    draft.labels = QStringList{QStringLiteral("bug"), QStringLiteral("cloud-run")};
    draft.generatedBody = QStringLiteral(
        "## What happens\n"
        "\n"
        "Since revision `checkout-api-00042-xaz` went live, **1,284 requests** failed with a\n"
        "*502 Bad Gateway* while calling the payments backend.\n"
        "\n"
        "- First seen: 2026-11-20 08:14 UTC\n"
        "- Last seen: 2026-11-20 09:02 UTC\n"
        "- Service: `checkout-api` in `europe-west1`\n"
        "\n"
        "## Sample entry\n"
        "\n"
        "```json\n"
        "{\n"
        "  \"severity\": \"ERROR\",\n"
        "  \"httpRequest\": {\n"
        "    \"status\": 502,\n"
        "    \"latency\": \"30.004s\",\n"
        "    \"requestUrl\": \"https://checkout.example.com/v1/pay\"\n"
        "  },\n"
        "  \"retried\": false,\n"
        "  \"message\": \"upstream connect error: connection timeout\"\n"
        "}\n"
        "```\n"
        "\n"
        "## Next steps\n"
        "\n"
        "1. Compare the payments client timeout with the backend's cold start.\n"
        "2. Roll back to `checkout-api-00041-kep` if the rate stays above 1%.\n");
    draft.body = draft.generatedBody;
    return draft;
}

} // namespace gardener::sample
