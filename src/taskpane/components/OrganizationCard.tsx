import * as React from "react";
import { Body1, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { ConfigLoadResult } from "../../office/organizationConfig";
import type { OrganizationConfig } from "../../core/config/types";
import { describeProfile, getProfile } from "../../core/standard";
import type { Strings, UiLanguage } from "../../ui/i18n";

export function OrganizationCard({
  result,
  strings: t,
  language,
}: {
  result: ConfigLoadResult<OrganizationConfig>;
  strings: Strings;
  language: UiLanguage;
}): React.ReactElement {
  const sourceText = result.source === "fresh" ? t.organizationFresh : result.source === "cached" ? t.organizationCached : t.organizationDefaults;
  return (
    <Card data-testid="organization-card">
      <CardHeader header={<Subtitle2 as="h2">{t.organizationHeading}</Subtitle2>} />
      <Body1 data-testid="organization-name">
        {(language === "en" ? result.config.organization.name.en : undefined) || result.config.organization.name.lv || t.organizationUnnamed}
      </Body1>
      <Caption1 data-testid="organization-profile">{describeProfile(getProfile(result.config.profile), language)}</Caption1>
      {result.source === "fresh" && !result.problem ? (
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
