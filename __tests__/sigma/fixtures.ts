/** Sigma rules written for these tests (not taken from any corpus). */

export const PROCESS_RULE = `title: Encoded PowerShell From An Office Parent
id: 0b6c5a3e-1111-4222-8333-944455556666
status: experimental
description: Test fixture exercising maps, lists, modifiers and exclusions.
author: detlint tests
date: 2024-01-02
tags:
    - attack.execution
    - attack.t1059.001
    - attack.t1204.002
logsource:
    category: process_creation
    product: windows
detection:
    selection_parent:
        ParentImage|endswith:
            - '\\winword.exe'
            - '\\excel.exe'
    selection_child:
        - Image|endswith: '\\powershell.exe'
        - OriginalFileName: 'PowerShell.EXE'
    selection_cli:
        CommandLine|contains|windash:
            - ' -enc '
            - ' -EncodedCommand '
        CommandLine|base64offset|contains: 'IEX ('
    filter_main_signed:
        Signed: 'true'
        Company|cased: Microsoft Corporation
    filter_optional_path:
        CurrentDirectory|startswith: 'C:\\Program Files\\'
        CommandLine|re|i: '\\s-nop\\s'
    _note: never-referenced
    condition: all of selection_* and not 1 of filter_main_* and not 1 of filter_optional_*
falsepositives:
    - Unknown
level: high
`

export const NETWORK_RULE = `title: Odd Outbound Port
id: 11111111-2222-4333-8444-555555555555
status: test
logsource:
    category: network_connection
    product: windows
detection:
    selection:
        Initiated: true
        DestinationPort|gte: 8000
        DestinationPort|lt: 9000
        DestinationIp|cidr:
            - '10.0.0.0/8'
            - 'fe80::/10'
        User|fieldref: ParentUser
        Hostname: null
        Domain: ''
        Proxy|exists: false
    keywords:
        - 'evil.example'
        - '*bad?host*'
    condition:
        - selection and not keywords
        - keywords | count() by Hostname > 5
level: medium
`

export const COLLECTION_RULE = `action: global
title: Shared Template
tags: [attack.t1003.001]
logsource:
    product: windows
detection:
    selection:
        TargetImage|endswith: '\\lsass.exe'
    condition: selection and not filter
---
logsource:
    category: process_access
detection:
    filter:
        GrantedAccess: '0x1000'
---
action: repeat
detection:
    filter:
        GrantedAccess: '0x1400'
---
action: reset
---
title: Standalone
logsource: {product: linux, service: auditd}
detection:
    sel:
        '|all': [passwd, shadow]
    sel2:
        - '/tmp/*'
    condition: >
        sel and
        not sel2
`

export const KEYWORD_RULE = `title: "Keywords: quoted title"
logsource:
    product: linux
detection:
    keywords: 'rm -rf /'
    more:
        - "double \\"quoted\\" \\t"
        - |
            block
            keyword
    other: &anchor
        Field|contains|all:
            - a
            - b
    same: *anchor
    condition: "keywords or (more and not other) or same"
`

export const FIXTURES: readonly string[] = [PROCESS_RULE, NETWORK_RULE, COLLECTION_RULE, KEYWORD_RULE]
