import * as React from "react";
import { Body1, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { ConfigLoadResult } from "../../office/organizationConfig";
import type { Strings, UiLanguage } from "../i18n";

/** What the pane shows of the organization config until the full schema arrives with the checker. */
export interface OrganizationSummary {
  name: { lv: string; en: string };
  profile: string;
}

export function OrganizationCard({
  result,
  strings: t,
  language,
}: {
  result: ConfigLoadResult<OrganizationSummary>;
  strings: Strings;
  language: UiLanguage;
}): React.ReactElement {
  const sourceText = result.source === "fresh" ? t.organizationFresh : result.source === "cached" ? t.organizationCached : t.organizationDefaults;
  return (
    <Card data-testid="organization-card">
      <CardHeader header={<Subtitle2 as="h2">{t.organizationHeading}</Subtitle2>} />
      <Body1 data-testid="organization-name">{result.config.name[language] || result.config.name.lv}</Body1>
      {result.source === "fresh" ? (
        <Caption1>{sourceText}</Caption1>
      ) : (
        <MessageBar intent="warning" data-testid="config-note">
          <MessageBarBody>
            {result.problem ? `${t[`problem_${result.problem}` as keyof Strings]} ` : ""}
            {sourceText}
            {result.details.length > 0 && <Caption1 block>{result.details.slice(0, 3).join("; ")}</Caption1>}
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
