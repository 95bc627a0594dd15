/**
 * Events covered: the log events a rule reads, as canonical ids shared by all vendors, so
 * that a Sigma `process_creation` rule, an Elastic `process where event.type == "start"`
 * rule and a Splunk `Endpoint.Processes` detection over Sysmon 1 and Security 4688 meet on
 * `sysmon:1` and `security:4688`.
 *
 * ## Ids
 *
 * `<source>:<event>`. `<source>` is lowercase and names one log (one event schema):
 *
 * | source                  | what                                                   | event                        |
 * |-------------------------|--------------------------------------------------------|------------------------------|
 * | `sysmon`                | Microsoft-Windows-Sysmon/Operational                   | event id (`sysmon:1`)        |
 * | `security`, `system`, `application` | the Windows channels of those names        | event id (`security:4688`)   |
 * | `powershell`            | Microsoft-Windows-PowerShell/Operational (and PowerShellCore/Operational) | `powershell:4104` |
 * | `windows-powershell`    | the classic "Windows PowerShell" channel (Sigma service `powershell-classic`) | `windows-powershell:400` |
 * | other Windows channels  | Sigma's service name (`taskscheduler`, `windefend`, `dns-client`, ...; SOURCES below) | event id |
 * | `windows`               | a Windows channel the rule does not pin down           | event id                     |
 * | `sysmon-linux`          | Sysmon for Linux                                       | event id                     |
 * | `auditd`                | Linux auditd                                           | record type (`auditd:EXECVE`) |
 * | `endpoint`              | Elastic Defend data streams (`logs-endpoint.events.<x>-*`) | the stream (`endpoint:process`) |
 * | `crowdstrike`           | CrowdStrike Falcon sensor events (FDR)                 | `event_simpleName` (`crowdstrike:ProcessRollup2`) |
 * | `cloudtrail`, `okta`, `o365`, `github` | SaaS audit logs                         | the event name (`cloudtrail:ConsoleLogin`) |
 *
 * A Sigma service no table knows is its own source (`smbserver-connectivity:1009`).
 *
 * ## Derivation
 *
 * Three things are combined: the rule's **scope** (which sources it can read), its
 * **category** (the kind of event) and its **explicit event ids** (positive predicates,
 * outside any `not`).
 *
 * - Category → events (CATEGORY_EVENTS, formats.md §6 and Sigma's taxonomy appendix):
 *   `process_creation` → `sysmon:1`, `security:4688`, `endpoint:process`,
 *   `crowdstrike:ProcessRollup2`, `sysmon-linux:1`; `registry_set` → `sysmon:13`,
 *   `security:4657`; ... Only the events of sources in scope are kept.
 * - Explicit event ids (Sigma `EventID`/`EventCode` or canonical `event.code`, Elastic
 *   `event.code`, Splunk's `logsource.eventCodes`) replace the category's Windows events
 *   (the category's other sources, e.g. Elastic Defend, stay). The channel of a bare
 *   number (resolveCode) is, in this order: the Sigma service; else the channels that a
 *   channel/provider/dataset predicate (`winlog.channel`, `Channel`, `event.provider`,
 *   `Provider_Name`, `data_stream.dataset`) names in the id's `and` group (or an enclosing
 *   one), else the Windows channels in scope: the only one, when the rule is not open to
 *   any channel; the first (in SOURCES order) whose title table knows the id, then, for a
 *   rule open to any channel, the first channel that knows it; the only named channel;
 *   Sysmon for ids 1–29 and 255, Security for 1100–1108 and 4608–6424, when in scope;
 *   else `windows:<id>`.
 * - Elastic's Windows Security events are also named by `event.action`
 *   (SECURITY_ACTIONS: `logged-in` → `security:4624`, `scheduled-task-created` →
 *   `security:4698`, ...), which counts as an explicit id when Security is in scope.
 * - SaaS and auditd sources take their event names from positive `eq` predicates on the
 *   source's event field (NAMED_EVENT_FIELDS: `eventName`/`event.action`/`api.operation`
 *   for CloudTrail, `type` for auditd, ...), and for Splunk from the search's
 *   `field=value` selectors too (`eventType=user.session.start`).
 *
 * Scope, per vendor:
 * - **Sigma**: a Windows service is its channel (`security` → Security; the id needs an
 *   `EventID`); a Windows category is the category's channels (Sysmon and the native
 *   alternative); a Linux category is Sysmon for Linux (Sigma's taxonomy); `aws/cloudtrail`,
 *   `okta/okta`, `m365/audit`, `github/audit`, `linux/auditd` are those SaaS sources.
 * - **Elastic**: each index pattern is matched against the data streams of INDEX_STREAMS
 *   (`logs-windows.sysmon_operational-*` → Sysmon, `logs-system.security*` → Security,
 *   `winlogbeat-*` and `logs-windows.forwarded*` → any Windows channel,
 *   `logs-endpoint.events.process*` → exactly `endpoint:process`, `logs-endpoint.events.*`
 *   → Elastic Defend by category, `logs-crowdstrike.fdr*` → CrowdStrike by category).
 *   SaaS sources come from the reader's product/service (set when the rule reads one
 *   dataset), not from the patterns, so that a rule over several clouds does not file one
 *   cloud's `event.action` values under another. A pattern matching one stream with an event
 *   (an Elastic Defend stream) gives that event whatever the category; a pattern matching
 *   several gives their sources. Streams not listed (endgame, SentinelOne, Microsoft
 *   Defender XDR, auditbeat, filebeat) give nothing. Without `index`, a Windows rule reads
 *   any Windows channel. The reader's category is refined by `event.type`
 *   (CATEGORY_REFINEMENTS: a process rule on `end` reads process terminations, a file rule
 *   on `deletion` file deletions).
 * - **Splunk**: the `data_source` names (`rule.properties.dataSources`, parsed by
 *   DATA_SOURCE_NAMES: `Sysmon EventID 1` → `sysmon:1`, `Windows Event Log Security 4688` →
 *   `security:4688`, `CrowdStrike ProcessRollup2` → `crowdstrike:ProcessRollup2`, compound
 *   `A AND B` names split), the event codes (`sysmon:N` is Sysmon for Linux on a Linux
 *   detection), the search's source/sourcetype/eventtype/Channel selectors
 *   (`logsource.index`) as scope, and the SaaS event names. When all that gives no event,
 *   the data model's category (`Endpoint.Processes` → process creation, ...) gives the
 *   category's events for the scope, or any Windows channel for a Windows detection or an
 *   `Endpoint`/`Network_Resolution` data model.
 *
 * Cost: one walk over each rule's predicates and a few map lookups; index patterns are
 * matched once each and cached.
 */
import type { Expr, Predicate, Rule } from '../ir.js'
import { starMatches } from '../wildcard.js'

// ---------------------------------------------------------------------------------------
// Sources: display name, Windows channel names, event titles. Table order is display order.

interface SourceInfo {
  /** Display name of the provider or log. */
  provider: string
  /** Windows event log channels (for Windows sources), as Windows spells them. */
  channels?: readonly string[]
  /** Event id or name → title. */
  titles?: Readonly<Record<string, string>>
  /** Events are named (`cloudtrail:ConsoleLogin`): the name is the title. */
  named?: boolean
}

const SYSMON_TITLES: Readonly<Record<string, string>> = {
  '1': 'Process creation',
  '2': 'File creation time changed',
  '3': 'Network connection',
  '4': 'Sysmon service state changed',
  '5': 'Process terminated',
  '6': 'Driver loaded',
  '7': 'Image loaded',
  '8': 'CreateRemoteThread',
  '9': 'RawAccessRead',
  '10': 'Process access',
  '11': 'File created',
  '12': 'Registry key or value created or deleted',
  '13': 'Registry value set',
  '14': 'Registry key or value renamed',
  '15': 'File stream created',
  '16': 'Sysmon configuration changed',
  '17': 'Pipe created',
  '18': 'Pipe connected',
  '19': 'WMI event filter registered',
  '20': 'WMI event consumer registered',
  '21': 'WMI consumer bound to filter',
  '22': 'DNS query',
  '23': 'File deleted (archived)',
  '24': 'Clipboard changed',
  '25': 'Process tampering',
  '26': 'File deleted (logged)',
  '27': 'Executable file blocked',
  '28': 'File shredding blocked',
  '29': 'Executable file detected',
  '255': 'Sysmon error'
}

const SECURITY_TITLES: Readonly<Record<string, string>> = {
  '1100': 'Event logging service shut down',
  '1102': 'Audit log cleared',
  '4608': 'Windows starting up',
  '4611': 'Trusted logon process registered',
  '4614': 'Notification package loaded',
  '4616': 'System time changed',
  '4622': 'Security package loaded',
  '4624': 'Successful logon',
  '4625': 'Failed logon',
  '4627': 'Group membership information',
  '4634': 'Logoff',
  '4647': 'User-initiated logoff',
  '4648': 'Logon with explicit credentials',
  '4649': 'Replay attack detected',
  '4656': 'Handle to an object requested',
  '4657': 'Registry value modified',
  '4658': 'Handle to an object closed',
  '4660': 'Object deleted',
  '4661': 'Handle to a SAM or directory object requested',
  '4662': 'Operation performed on a directory object',
  '4663': 'Attempt to access an object',
  '4664': 'Attempt to create a hard link',
  '4670': 'Object permissions changed',
  '4672': 'Special privileges assigned to a new logon',
  '4673': 'Privileged service called',
  '4674': 'Operation attempted on a privileged object',
  '4688': 'Process creation',
  '4689': 'Process exited',
  '4692': 'Backup of a DPAPI master key attempted',
  '4697': 'Service installed',
  '4698': 'Scheduled task created',
  '4699': 'Scheduled task deleted',
  '4700': 'Scheduled task enabled',
  '4701': 'Scheduled task disabled',
  '4702': 'Scheduled task updated',
  '4703': 'Token right adjusted',
  '4704': 'User right assigned',
  '4706': 'Trust to a domain created',
  '4713': 'Kerberos policy changed',
  '4715': 'Audit policy (SACL) on an object changed',
  '4716': 'Trusted domain information modified',
  '4719': 'System audit policy changed',
  '4720': 'User account created',
  '4722': 'User account enabled',
  '4723': 'Attempt to change an account password',
  '4724': 'Attempt to reset an account password',
  '4725': 'User account disabled',
  '4726': 'User account deleted',
  '4727': 'Security-enabled global group created',
  '4728': 'Member added to a security-enabled global group',
  '4729': 'Member removed from a security-enabled global group',
  '4730': 'Security-enabled global group deleted',
  '4731': 'Security-enabled local group created',
  '4732': 'Member added to a security-enabled local group',
  '4733': 'Member removed from a security-enabled local group',
  '4734': 'Security-enabled local group deleted',
  '4735': 'Security-enabled local group changed',
  '4737': 'Security-enabled global group changed',
  '4738': 'User account changed',
  '4739': 'Domain policy changed',
  '4740': 'User account locked out',
  '4741': 'Computer account created',
  '4742': 'Computer account changed',
  '4743': 'Computer account deleted',
  '4744': 'Security-disabled local group created',
  '4749': 'Security-disabled global group created',
  '4754': 'Security-enabled universal group created',
  '4756': 'Member added to a security-enabled universal group',
  '4759': 'Security-disabled universal group created',
  '4764': 'Group type changed',
  '4765': 'SID History added to an account',
  '4766': 'Attempt to add SID History failed',
  '4767': 'User account unlocked',
  '4768': 'Kerberos TGT requested',
  '4769': 'Kerberos service ticket requested',
  '4770': 'Kerberos service ticket renewed',
  '4771': 'Kerberos pre-authentication failed',
  '4776': 'Credential validation (NTLM)',
  '4778': 'Session reconnected',
  '4779': 'Session disconnected',
  '4780': 'ACL set on members of administrators groups',
  '4781': 'Account name changed',
  '4782': 'Password hash of an account accessed',
  '4783': 'Basic application group created',
  '4790': 'LDAP query group created',
  '4794': 'Attempt to set the DSRM administrator password',
  '4797': 'Blank password existence queried',
  '4798': 'Local group membership of a user enumerated',
  '4799': 'Security-enabled local group membership enumerated',
  '4817': 'Auditing settings on an object changed',
  '4876': 'Certificate Services backup started',
  '4886': 'Certificate request received',
  '4887': 'Certificate request approved and certificate issued',
  '4898': 'Certificate Services loaded a template',
  '4899': 'Certificate Services template updated',
  '4900': 'Certificate Services template security updated',
  '4904': 'Security event source registration attempted',
  '4907': 'Auditing settings on an object changed',
  '4946': 'Windows Firewall exception rule added',
  '4948': 'Windows Firewall exception rule deleted',
  '4964': 'Special groups assigned to a new logon',
  '5038': 'Code integrity: invalid image hash',
  '5136': 'Directory service object modified',
  '5137': 'Directory service object created',
  '5140': 'Network share accessed',
  '5141': 'Directory service object deleted',
  '5142': 'Network share added',
  '5144': 'Network share deleted',
  '5145': 'Network share object checked for access',
  '5156': 'Connection allowed by the Windows Filtering Platform',
  '5157': 'Connection blocked by the Windows Filtering Platform',
  '5379': 'Credential Manager credentials read',
  '5381': 'Vault credentials read',
  '5382': 'Vault credentials read',
  '6416': 'External device recognised'
}

const SYSTEM_TITLES: Readonly<Record<string, string>> = {
  '104': 'Event log cleared',
  '6005': 'Event log service started',
  '6006': 'Event log service stopped',
  '7034': 'Service terminated unexpectedly',
  '7036': 'Service state changed',
  '7040': 'Service start type changed',
  '7045': 'Service installed'
}

const APPLICATION_TITLES: Readonly<Record<string, string>> = {
  '1000': 'Application error',
  '1001': 'Windows Error Reporting',
  '1033': 'Windows Installer installed a product',
  '11707': 'Product installed'
}

const POWERSHELL_TITLES: Readonly<Record<string, string>> = {
  '4103': 'Module logging (pipeline execution)',
  '4104': 'Script block logging',
  '4105': 'Script block invocation started',
  '4106': 'Script block invocation completed'
}

const WINDOWS_POWERSHELL_TITLES: Readonly<Record<string, string>> = {
  '400': 'Engine started',
  '403': 'Engine stopped',
  '600': 'Provider started',
  '800': 'Pipeline execution details'
}

/** Source id → what it is. Order: display order (compareEvents). */
const SOURCES: ReadonlyArray<readonly [string, SourceInfo]> = [
  [
    'sysmon',
    { provider: 'Sysmon', channels: ['Microsoft-Windows-Sysmon/Operational'], titles: SYSMON_TITLES }
  ],
  ['security', { provider: 'Security', channels: ['Security'], titles: SECURITY_TITLES }],
  ['system', { provider: 'System', channels: ['System'], titles: SYSTEM_TITLES }],
  ['application', { provider: 'Application', channels: ['Application'], titles: APPLICATION_TITLES }],
  [
    'powershell',
    {
      provider: 'PowerShell/Operational',
      channels: ['Microsoft-Windows-PowerShell/Operational', 'PowerShellCore/Operational'],
      titles: POWERSHELL_TITLES
    }
  ],
  [
    'windows-powershell',
    { provider: 'Windows PowerShell', channels: ['Windows PowerShell'], titles: WINDOWS_POWERSHELL_TITLES }
  ],
  // Sigma's other Windows services (its taxonomy appendix; pySigma's windows_logsource_mapping).
  [
    'application-experience',
    {
      provider: 'Microsoft-Windows-Application-Experience',
      channels: [
        'Microsoft-Windows-Application-Experience/Program-Telemetry',
        'Microsoft-Windows-Application-Experience/Program-Compatibility-Assistant'
      ]
    }
  ],
  [
    'applocker',
    {
      provider: 'Microsoft-Windows-AppLocker',
      channels: [
        'Microsoft-Windows-AppLocker/MSI and Script',
        'Microsoft-Windows-AppLocker/EXE and DLL',
        'Microsoft-Windows-AppLocker/Packaged app-Deployment',
        'Microsoft-Windows-AppLocker/Packaged app-Execution'
      ],
      titles: { '8003': 'File allowed (audit only)', '8004': 'File blocked' }
    }
  ],
  ['appmodel-runtime', channel('Microsoft-Windows-AppModel-Runtime/Admin')],
  ['appxdeployment-server', channel('Microsoft-Windows-AppXDeploymentServer/Operational')],
  ['appxpackaging-om', channel('Microsoft-Windows-AppxPackaging/Operational')],
  ['bitlocker', channel('Microsoft-Windows-BitLocker/BitLocker Management')],
  [
    'bits-client',
    channel('Microsoft-Windows-Bits-Client/Operational', {
      '3': 'BITS job created',
      '59': 'BITS transfer started'
    })
  ],
  ['capi2', channel('Microsoft-Windows-CAPI2/Operational')],
  [
    'certificateservicesclient-lifecycle-system',
    channel('Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational')
  ],
  [
    'codeintegrity-operational',
    channel('Microsoft-Windows-CodeIntegrity/Operational', {
      '3033': 'Image did not meet the signing level',
      '3076': 'File would have been blocked (audit)',
      '3077': 'File blocked'
    })
  ],
  ['dhcp', channel('Microsoft-Windows-DHCP-Server/Operational')],
  ['diagnosis-scripted', channel('Microsoft-Windows-Diagnosis-Scripted/Operational')],
  [
    'dns-client',
    channel('Microsoft-Windows-DNS Client Events/Operational', { '3008': 'DNS query completed' })
  ],
  ['dns-server', channel('DNS Server')],
  ['dns-server-analytic', channel('Microsoft-Windows-DNS-Server/Analytical')],
  ['dns-server-audit', channel('Microsoft-Windows-DNS-Server/Audit')],
  ['driver-framework', channel('Microsoft-Windows-DriverFrameworks-UserMode/Operational')],
  ['firewall-as', channel('Microsoft-Windows-Windows Firewall With Advanced Security/Firewall')],
  ['hyper-v-worker', channel('Microsoft-Windows-Hyper-V-Worker')],
  ['iis-configuration', channel('Microsoft-IIS-Configuration/Operational')],
  ['kernel-event-tracing', channel('Microsoft-Windows-Kernel-EventTracing')],
  ['kernel-shimengine', channel('Microsoft-Windows-Kernel-ShimEngine/Operational')],
  ['ldap', channel('Microsoft-Windows-LDAP-Client/Debug')],
  ['lsa-server', channel('Microsoft-Windows-LSA/Operational')],
  ['msexchange-management', channel('MSExchange Management')],
  ['ntfs', channel('Microsoft-Windows-Ntfs/Operational')],
  ['ntlm', channel('Microsoft-Windows-NTLM/Operational')],
  ['openssh', channel('OpenSSH/Operational')],
  ['printservice-admin', channel('Microsoft-Windows-PrintService/Admin')],
  ['printservice-operational', channel('Microsoft-Windows-PrintService/Operational')],
  [
    'security-mitigations',
    {
      provider: 'Microsoft-Windows-Security-Mitigations',
      channels: [
        'Microsoft-Windows-Security-Mitigations/Kernel Mode',
        'Microsoft-Windows-Security-Mitigations/User Mode'
      ]
    }
  ],
  ['sense', channel('Microsoft-Windows-SENSE/Operational')],
  [
    'servicebus-client',
    {
      provider: 'Microsoft-ServiceBus-Client',
      channels: ['Microsoft-ServiceBus-Client', 'Microsoft-ServiceBus-Client/Operational']
    }
  ],
  ['shell-core', channel('Microsoft-Windows-Shell-Core/Operational')],
  ['smbclient-connectivity', channel('Microsoft-Windows-SmbClient/Connectivity')],
  ['smbclient-security', channel('Microsoft-Windows-SmbClient/Security')],
  ['smbserver-connectivity', channel('Microsoft-Windows-SMBServer/Connectivity')],
  [
    'taskscheduler',
    channel('Microsoft-Windows-TaskScheduler/Operational', {
      '106': 'Scheduled task registered',
      '129': 'Task process created',
      '140': 'Scheduled task updated',
      '141': 'Scheduled task deleted',
      '200': 'Task action started',
      '201': 'Task action completed'
    })
  ],
  [
    'terminalservices-localsessionmanager',
    channel('Microsoft-Windows-TerminalServices-LocalSessionManager/Operational', {
      '21': 'Remote Desktop session logon',
      '22': 'Remote Desktop shell start',
      '24': 'Remote Desktop session disconnected',
      '25': 'Remote Desktop session reconnected'
    })
  ],
  [
    'terminalservices-remoteconnectionmanager',
    channel('Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational', {
      '1149': 'Remote Desktop user authentication succeeded'
    })
  ],
  ['vhdmp', channel('Microsoft-Windows-VHDMP/Operational')],
  [
    'windefend',
    channel('Microsoft-Windows-Windows Defender/Operational', {
      '1116': 'Malware detected',
      '1117': 'Action taken against malware',
      '1121': 'Attack surface reduction rule blocked',
      '1122': 'Attack surface reduction rule audited',
      '1123': 'Controlled folder access blocked',
      '1124': 'Controlled folder access audited',
      '1125': 'Network protection audited',
      '1126': 'Network protection blocked',
      '2000': 'Security intelligence updated',
      '5001': 'Real-time protection disabled',
      '5007': 'Configuration changed',
      '5010': 'Anti-spyware scanning disabled',
      '5012': 'Antivirus scanning disabled',
      '5013': 'Tamper protection blocked a change'
    })
  ],
  [
    'wmi',
    channel('Microsoft-Windows-WMI-Activity/Operational', {
      '5857': 'WMI provider loaded',
      '5860': 'Temporary WMI event consumer registered',
      '5861': 'Permanent WMI event consumer bound'
    })
  ],
  ['windows', { provider: 'Windows' }],
  ['sysmon-linux', { provider: 'Sysmon for Linux', titles: SYSMON_TITLES }],
  [
    'auditd',
    {
      provider: 'Linux auditd',
      named: true,
      titles: {
        EXECVE: 'Program execution (arguments)',
        SYSCALL: 'System call',
        PATH: 'File path',
        PROCTITLE: 'Process title (command line)',
        ADD_USER: 'User account added',
        SERVICE_STOP: 'Service stopped'
      }
    }
  ],
  [
    'endpoint',
    {
      provider: 'Elastic Defend',
      titles: {
        process: 'Process events',
        file: 'File events',
        network: 'Network events',
        registry: 'Registry events',
        library: 'Library load events',
        api: 'API call events',
        security: 'Security events',
        alerts: 'Elastic Defend alerts'
      }
    }
  ],
  [
    'crowdstrike',
    {
      provider: 'CrowdStrike Falcon',
      named: true,
      titles: {
        ProcessRollup2: 'Process creation',
        SyntheticProcessRollup2: 'Process creation (synthetic)',
        DnsRequest: 'DNS request',
        NetworkConnectIP4: 'Network connection (IPv4)'
      }
    }
  ],
  ['cloudtrail', { provider: 'AWS CloudTrail', named: true }],
  ['okta', { provider: 'Okta System Log', named: true }],
  ['o365', { provider: 'Microsoft 365 audit', named: true }],
  ['github', { provider: 'GitHub audit log', named: true }]
]

function channel(name: string, titles?: Record<string, string>): SourceInfo {
  return titles ? { provider: name, channels: [name], titles } : { provider: name, channels: [name] }
}

const SOURCE_INFO: ReadonlyMap<string, SourceInfo> = new Map(SOURCES)
const SOURCE_RANK: ReadonlyMap<string, number> = new Map(SOURCES.map(([id], i) => [id, i]))

/** Windows channel sources, in rank order (the `windows` catch-all aside). */
const WINDOWS_SOURCES: readonly string[] = SOURCES.filter(([, s]) => s.channels !== undefined).map(
  ([id]) => id
)
const WINDOWS_SOURCE_SET: ReadonlySet<string> = new Set(WINDOWS_SOURCES)

/** Lowercased channel name → source. */
const CHANNEL_SOURCES: ReadonlyMap<string, string> = new Map(
  SOURCES.flatMap(([id, s]) => (s.channels ?? []).map(c => [c.toLowerCase(), id] as const))
)

/** Sigma service spellings that are another source's id. */
const SERVICE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['powershell-classic', 'windows-powershell'],
  ['ldap_debug', 'ldap'],
  ['microsoft-servicebus-client', 'servicebus-client']
])

/** Lowercased event provider names (`event.provider`, `Provider_Name`) with one channel. */
const PROVIDER_SOURCES: ReadonlyMap<string, string> = new Map([
  ['microsoft-windows-sysmon', 'sysmon'],
  ['microsoft-windows-security-auditing', 'security'],
  ['service control manager', 'system'],
  ['microsoft-windows-powershell', 'powershell'],
  ['powershellcore', 'powershell'],
  ['powershell', 'windows-powershell'],
  ['microsoft-windows-wmi-activity', 'wmi'],
  ['microsoft-windows-taskscheduler', 'taskscheduler'],
  ['microsoft-windows-windows defender', 'windefend'],
  ['microsoft-windows-dns-client', 'dns-client'],
  ['microsoft-windows-codeintegrity', 'codeintegrity-operational'],
  ['microsoft-windows-bits-client', 'bits-client']
])

// ---------------------------------------------------------------------------------------
// Categories → events.

/**
 * Sigma category → the events of each source that record it: Sysmon and Windows native
 * (formats.md §6), Sysmon for Linux (Sigma's taxonomy: Linux process_creation,
 * network_connection and file_event are Sysmon 1, 3, 11), Elastic Defend streams,
 * CrowdStrike event names. `file_access` and `file_rename` (ETW Kernel-File) have none.
 */
const CATEGORY_EVENTS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  [
    'process_creation',
    ['sysmon:1', 'security:4688', 'sysmon-linux:1', 'endpoint:process', 'crowdstrike:ProcessRollup2']
  ],
  ['file_change', ['sysmon:2', 'endpoint:file']],
  ['network_connection', ['sysmon:3', 'sysmon-linux:3', 'endpoint:network', 'crowdstrike:NetworkConnectIP4']],
  ['sysmon_status', ['sysmon:4', 'sysmon:16']],
  ['process_termination', ['sysmon:5', 'sysmon-linux:5', 'endpoint:process']],
  ['driver_load', ['sysmon:6']],
  ['image_load', ['sysmon:7', 'endpoint:library']],
  ['create_remote_thread', ['sysmon:8']],
  ['raw_access_thread', ['sysmon:9']],
  ['process_access', ['sysmon:10']],
  ['file_event', ['sysmon:11', 'sysmon-linux:11', 'endpoint:file']],
  ['registry_add', ['sysmon:12', 'security:4657', 'endpoint:registry']],
  ['registry_delete', ['sysmon:12', 'security:4657', 'endpoint:registry']],
  ['registry_set', ['sysmon:13', 'security:4657', 'endpoint:registry']],
  ['registry_event', ['sysmon:12', 'sysmon:13', 'sysmon:14', 'security:4657', 'endpoint:registry']],
  ['registry_rename', ['sysmon:14', 'endpoint:registry']],
  ['create_stream_hash', ['sysmon:15']],
  ['pipe_created', ['sysmon:17', 'sysmon:18']],
  ['wmi_event', ['sysmon:19', 'sysmon:20', 'sysmon:21']],
  ['dns_query', ['sysmon:22', 'dns-client:3008', 'endpoint:network', 'crowdstrike:DnsRequest']],
  ['file_delete', ['sysmon:23', 'sysmon-linux:23', 'endpoint:file']],
  ['clipboard_capture', ['sysmon:24']],
  ['process_tampering', ['sysmon:25']],
  ['file_delete_detected', ['sysmon:26', 'endpoint:file']],
  ['file_block_executable', ['sysmon:27']],
  ['file_block_shredding', ['sysmon:28']],
  ['file_executable_detected', ['sysmon:29']],
  ['sysmon_error', ['sysmon:255']],
  ['ps_module', ['powershell:4103']],
  ['ps_script', ['powershell:4104']],
  ['ps_classic_start', ['windows-powershell:400']],
  ['ps_classic_provider_start', ['windows-powershell:600']],
  ['ps_classic_script', ['windows-powershell:800']],
  ['api', ['endpoint:api']]
])

/** Elastic: a category narrowed by the rule's `event.type` values (all must agree). */
const CATEGORY_REFINEMENTS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['process_creation', new Map([['end', 'process_termination']])],
  ['file_event', new Map([['deletion', 'file_delete']])]
])

// ---------------------------------------------------------------------------------------
// SaaS and auditd: named events.

/** Sigma/Elastic `product/service` → source. */
const PRODUCT_SERVICE_SOURCES: ReadonlyMap<string, string> = new Map([
  ['aws/cloudtrail', 'cloudtrail'],
  ['okta/okta', 'okta'],
  ['m365/audit', 'o365'],
  ['github/audit', 'github'],
  ['linux/auditd', 'auditd']
])

/** Source → the fields (as written) whose `eq` values name its events, by vendor. */
const NAMED_EVENT_FIELDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cloudtrail', ['eventName', 'event.action', 'api.operation']],
  ['okta', ['eventType', 'event.action']],
  ['o365', ['Operation', 'event.action']],
  ['github', ['action', 'event.action']],
  ['auditd', ['type']]
])

/**
 * Elastic: `event.action` values that Elastic's Windows Security pipeline (winlogbeat's
 * `security` module, the System integration) gives Security events → their event ids.
 */
const SECURITY_ACTIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['audit-log-cleared', ['1102']],
  ['logged-in', ['4624']],
  ['logon-failed', ['4625']],
  ['logged-out', ['4634', '4647']],
  ['logged-in-explicit', ['4648']],
  ['registry-value-modified', ['4657']],
  ['object-operation-performed', ['4662']],
  ['permissions-changed', ['4670']],
  ['logged-in-special', ['4672', '4964']],
  ['privileged-service-called', ['4673']],
  ['created-process', ['4688']],
  ['exited-process', ['4689']],
  ['service-installed', ['4697']],
  ['scheduled-task-created', ['4698']],
  ['scheduled-task-deleted', ['4699']],
  ['scheduled-task-enabled', ['4700']],
  ['scheduled-task-disabled', ['4701']],
  ['scheduled-task-updated', ['4702']],
  ['domain-trust-added', ['4706']],
  ['changed-audit-config', ['4719']],
  ['added-user-account', ['4720']],
  ['enabled-user-account', ['4722']],
  ['changed-password', ['4723']],
  ['reset-password', ['4724']],
  ['disabled-user-account', ['4725']],
  ['deleted-user-account', ['4726']],
  ['added-group-account', ['4727', '4731', '4754']],
  ['added-member-to-group', ['4728', '4732', '4756']],
  ['removed-member-from-group', ['4729', '4733', '4757']],
  ['modified-user-account', ['4738']],
  ['locked-out-user-account', ['4740']],
  ['added-computer-account', ['4741']],
  ['changed-computer-account', ['4742']],
  ['deleted-computer-account', ['4743']],
  ['unlocked-user-account', ['4767']],
  ['kerberos-authentication-ticket-requested', ['4768']],
  ['kerberos-service-ticket-requested', ['4769']],
  ['kerberos-service-ticket-renewed', ['4770']],
  ['kerberos-preauth-failed', ['4771']],
  ['credential-validated', ['4776']],
  ['renamed-user-account', ['4781']],
  ['group-membership-enumerated', ['4798']],
  ['user-member-enumerated', ['4799']],
  ['directory-service-object-modified', ['5136']],
  ['directory-service-object-created', ['5137']],
  ['network-share-object-accessed', ['5140']]
])

// ---------------------------------------------------------------------------------------
// Elastic index patterns.

interface Stream {
  /** A data stream or index name the patterns are matched against. */
  name: string
  /** Its source (`windows`: any Windows channel). */
  source: string
  /** The one event it holds (Elastic Defend streams). */
  event?: string
}

/** Data streams Elastic rules read, with what they hold. */
const INDEX_STREAMS: readonly Stream[] = [
  { name: 'winlogbeat-9', source: 'windows' },
  { name: 'logs-windows.forwarded-default', source: 'windows' },
  { name: 'logs-windows.sysmon_operational-default', source: 'sysmon' },
  { name: 'logs-windows.powershell-default', source: 'windows-powershell' },
  { name: 'logs-windows.powershell_operational-default', source: 'powershell' },
  { name: 'logs-system.security-default', source: 'security' },
  { name: 'logs-system.system-default', source: 'system' },
  { name: 'logs-system.application-default', source: 'application' },
  { name: 'logs-endpoint.events.process-default', source: 'endpoint', event: 'process' },
  { name: 'logs-endpoint.events.file-default', source: 'endpoint', event: 'file' },
  { name: 'logs-endpoint.events.network-default', source: 'endpoint', event: 'network' },
  { name: 'logs-endpoint.events.registry-default', source: 'endpoint', event: 'registry' },
  { name: 'logs-endpoint.events.library-default', source: 'endpoint', event: 'library' },
  { name: 'logs-endpoint.events.api-default', source: 'endpoint', event: 'api' },
  { name: 'logs-endpoint.events.security-default', source: 'endpoint', event: 'security' },
  { name: 'logs-endpoint.alerts-default', source: 'endpoint', event: 'alerts' },
  { name: 'logs-crowdstrike.fdr-default', source: 'crowdstrike' },
  { name: 'logs-sysmon_linux.log-default', source: 'sysmon-linux' }
]

/** What one index pattern (or dataset) lets a rule read. */
interface Admit {
  /** Sources read, their events chosen by category or explicit ids. */
  sources: readonly string[]
  /** Exact events read whatever the category. */
  events: readonly string[]
}

const NOTHING: Admit = { sources: [], events: [] }
const patternCache = new Map<string, Admit>()

/** What an index pattern (`logs-system.security*`, `*:winlogbeat-*`) reads; cached. */
function admitOfPattern(pattern: string): Admit {
  let found = patternCache.get(pattern)
  if (found === undefined) {
    found = computeAdmit(pattern)
    patternCache.set(pattern, found)
  }
  return found
}

function computeAdmit(pattern: string): Admit {
  if (pattern.startsWith('-')) return NOTHING
  const colon = pattern.lastIndexOf(':') // a remote cluster: `cluster:logs-*`
  const p = (colon === -1 ? pattern : pattern.slice(colon + 1)).trim().toLowerCase()
  if (p === '') return NOTHING
  const matched = INDEX_STREAMS.filter(s => starMatches(p, s.name))
  if (matched.length === 1 && matched[0].event !== undefined)
    return { sources: [], events: [`${matched[0].source}:${matched[0].event}`] }
  return { sources: [...new Set(matched.map(s => s.source))], events: [] }
}

// ---------------------------------------------------------------------------------------
// Splunk data source names and selectors.

interface NamePattern {
  test: RegExp
  /** Event ids for a match, or a source the name lets the detection read. */
  ids: (m: RegExpExecArray) => string[]
  source?: (m: RegExpExecArray) => string
}

/** `Windows Event Log <word> <id>`: the channel word → source. */
const EVENT_LOG_WORDS: ReadonlyMap<string, string> = new Map([
  ['security', 'security'],
  ['system', 'system'],
  ['application', 'application'],
  ['defender', 'windefend'],
  ['taskscheduler', 'taskscheduler'],
  ['printservice', 'printservice-admin'],
  ['capi2', 'capi2'],
  ['certificateservicesclient', 'certificateservicesclient-lifecycle-system'],
  ['remoteconnectionmanager', 'terminalservices-remoteconnectionmanager'],
  ['powershell', 'powershell'],
  ['sysmon', 'sysmon'],
  ['iis', 'iis-configuration']
])

/** Splunk `data_source` names (security_content's naming) → event ids or sources. */
const DATA_SOURCE_NAMES: readonly NamePattern[] = [
  { test: /^Sysmon for Linux EventID (\d+)$/i, ids: m => [`sysmon-linux:${m[1]}`] },
  { test: /^Sysmon EventID (\d+)$/i, ids: m => [`sysmon:${m[1]}`] },
  {
    test: /^Windows (?:Event Log )?(\w+) (\d+)$/i,
    ids: m => {
      const source = EVENT_LOG_WORDS.get(m[1].toLowerCase())
      return source ? [`${source}:${m[2]}`] : []
    }
  },
  { test: /^Powershell Script Block Logging (\d+)$/i, ids: m => [`powershell:${m[1]}`] },
  { test: /^NTLM Operational ([\d, ]+)$/i, ids: m => numbers(m[1]).map(n => `ntlm:${n}`) },
  { test: /^Windows IIS (\d+)$/i, ids: m => [`iis-configuration:${m[1]}`] },
  { test: /^CrowdStrike (\w+)$/i, ids: m => [`crowdstrike:${m[1]}`] },
  {
    test: /^Linux Auditd (.+)$/i,
    ids: m => [`auditd:${m[1].trim().toUpperCase().replace(/\s+/g, '_')}`]
  },
  { test: /^AWS CloudTrail (\w+)$/i, ids: m => [`cloudtrail:${m[1]}`] },
  { test: /^AWS CloudTrail$/i, ids: () => [], source: () => 'cloudtrail' },
  { test: /^Okta$/i, ids: () => [], source: () => 'okta' },
  { test: /^(?:O365|Office 365)\b/i, ids: () => [], source: () => 'o365' },
  { test: /^Windows IIS$/i, ids: () => [], source: () => 'iis-configuration' }
]

function numbers(s: string): string[] {
  return s.split(/[\s,]+/).filter(x => x !== '')
}

/** Search selectors (`source=XmlWinEventLog:Security`, `eventtype=wineventlog_security`). */
const SELECTOR_SOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/linux-sysmon|sysmon:linux/, 'sysmon-linux'],
  [/^wineventlog_(security|system|application)$/, '$1'],
  [/^linux:audit$/, 'auditd'],
  [/^aws:cloudtrail/, 'cloudtrail'],
  [/^oktaim2:|^okta_log$|^okta:/, 'okta'],
  [/^o365:management:activity$/, 'o365'],
  [/^crowdstrike:events:sensor$/, 'crowdstrike']
]

const selectorCache = new Map<string, string | null>()

/** The source a selector (`key=value`, as `logsource.index` writes it) reads, if known. */
function selectorSource(selector: string): string | null {
  let found = selectorCache.get(selector)
  if (found === undefined) {
    found = computeSelectorSource(selector)
    selectorCache.set(selector, found)
  }
  return found
}

function computeSelectorSource(selector: string): string | null {
  const eq = selector.indexOf('=')
  if (eq === -1) return null
  const key = selector.slice(0, eq).toLowerCase()
  const value = selector.slice(eq + 1).toLowerCase()
  if (key !== 'source' && key !== 'sourcetype' && key !== 'eventtype' && key !== 'channel') return null
  const winlog = /^(?:xml)?wineventlog:(.+)$/.exec(value)
  const channelName = winlog ? winlog[1] : value
  const byChannel = channelName.includes('*')
    ? wildcardChannel(channelName)
    : CHANNEL_SOURCES.get(channelName)
  if (byChannel !== undefined) return byChannel
  for (const [test, source] of SELECTOR_SOURCES) {
    const m = test.exec(value)
    if (m) return source === '$1' ? m[1] : source
  }
  return null
}

/** The one source of the channels a wildcard (`microsoft-windows-applocker/*`) matches. */
function wildcardChannel(pattern: string): string | undefined {
  let found: string | undefined
  for (const [name, source] of CHANNEL_SOURCES)
    if (starMatches(pattern, name)) {
      if (found !== undefined && found !== source) return undefined
      found = source
    }
  return found
}

// ---------------------------------------------------------------------------------------
// The rule's predicates.

/** What the positive predicates (outside any `not`) of a rule say about its events. */
interface Reading {
  /** Explicit event ids with the channels their `and` group names (possibly none). */
  codes: Array<{ code: string; context: readonly string[] }>
  /** `eq` values of the watched fields (event names, `event.type`), by field as written. */
  values: Map<string, string[]>
}

const CHANNEL_FIELDS = new Set([
  'winlog.channel',
  'channel',
  'event.provider',
  'winlog.provider_name',
  'provider_name',
  'data_stream.dataset',
  'event.dataset'
])

/**
 * The lengths of CHANNEL_FIELDS: a field of another length is none of them, whatever its
 * case (lower-casing changes a length only by adding a non-ASCII character), which spares
 * lower-casing every field of every `and`.
 */
const CHANNEL_FIELD_LENGTHS: ReadonlySet<number> = new Set([...CHANNEL_FIELDS].map(f => f.length))

const WATCHED_FIELDS: ReadonlySet<string> = new Set([
  'event.type',
  ...[...NAMED_EVENT_FIELDS.values()].flat()
])

const EMPTY: readonly string[] = []

function readPredicates(rule: Rule, withCodes: boolean): Reading {
  const reading: Reading = { codes: [], values: new Map() }
  for (const q of rule.queries) walk(q.expr, EMPTY, reading, withCodes)
  return reading
}

function walk(expr: Expr, context: readonly string[], out: Reading, withCodes: boolean): void {
  switch (expr.kind) {
    case 'pred':
      visit(expr, context, out, withCodes)
      return
    case 'and': {
      let local: string[] | null = null
      for (const c of expr.children)
        if (c.kind === 'pred') {
          const s = channelOf(c)
          if (s !== null) (local ??= []).push(s)
        }
      const ctx = local ?? context
      for (const c of expr.children) walk(c, ctx, out, withCodes)
      return
    }
    case 'or':
      for (const c of expr.children) walk(c, context, out, withCodes)
      return
    case 'not':
    case 'opaque':
      return
  }
}

function visit(p: Predicate, context: readonly string[], out: Reading, withCodes: boolean): void {
  if (p.op !== 'eq' || p.value === null || p.derived === true || p.sourceField === null) return
  const f = p.sourceField
  if (withCodes && isCodeField(p)) {
    const v = p.value.trim()
    if (/^\d+$/.test(v)) out.codes.push({ code: String(Number(v)), context })
    return
  }
  if (WATCHED_FIELDS.has(f)) {
    const list = out.values.get(f)
    if (list) list.push(p.value)
    else out.values.set(f, [p.value])
  }
}

function isCodeField(p: Predicate): boolean {
  if (p.field === 'event.code') return true
  const f = p.sourceField as string
  return f === 'event.code' || f === 'EventID' || f === 'EventCode' || f === 'eventid' || f === 'eventcode'
}

/** The Windows channel a channel/provider/dataset predicate names, if any. */
function channelOf(p: Predicate): string | null {
  if (p.op !== 'eq' || p.value === null || p.sourceField === null) return null
  if (!CHANNEL_FIELD_LENGTHS.has(p.sourceField.length)) return null
  const f = p.sourceField.toLowerCase()
  if (!CHANNEL_FIELDS.has(f)) return null
  const v = p.value.toLowerCase()
  if (f === 'data_stream.dataset' || f === 'event.dataset') {
    const s = admitOfPattern(`logs-${v}-default`).sources
    return s.length === 1 && WINDOWS_SOURCE_SET.has(s[0]) ? s[0] : null
  }
  return CHANNEL_SOURCES.get(v) ?? PROVIDER_SOURCES.get(v) ?? null
}

// ---------------------------------------------------------------------------------------
// Scope and resolution.

/** What a rule can read. */
interface Scope {
  /** Any Windows channel. */
  anyWindows: boolean
  /** Sources read (Windows channels, families, SaaS). */
  sources: Set<string>
  /** Exact events read. */
  events: Set<string>
}

function newScope(): Scope {
  return { anyWindows: false, sources: new Set(), events: new Set() }
}

function isWindowsSource(source: string): boolean {
  return WINDOWS_SOURCE_SET.has(source) || source === 'windows'
}

function hasWindows(scope: Scope): boolean {
  if (scope.anyWindows) return true
  for (const s of scope.sources) if (WINDOWS_SOURCE_SET.has(s)) return true
  return false
}

function sourceOf(id: string): string {
  const colon = id.indexOf(':')
  return colon === -1 ? id : id.slice(0, colon)
}

function isSysmonRange(n: number): boolean {
  return (n >= 1 && n <= 29) || n === 255
}

function isSecurityRange(n: number): boolean {
  return (n >= 1100 && n <= 1108) || (n >= 4608 && n <= 6424)
}

/** The id of a bare Windows event id, given its `and` group's channels and the scope. */
function resolveCode(code: string, context: readonly string[], scope: Scope): string {
  const pinned = context.length > 0
  const specific = pinned ? context : WINDOWS_SOURCES.filter(s => scope.sources.has(s))
  const any = !pinned && scope.anyWindows
  if (!any && specific.length === 1) return `${specific[0]}:${code}`
  for (const s of specific) if (knows(s, code)) return `${s}:${code}`
  if (any) for (const s of WINDOWS_SOURCES) if (knows(s, code)) return `${s}:${code}`
  if (specific.length === 1) return `${specific[0]}:${code}`
  const n = Number(code)
  if (isSysmonRange(n) && (any || specific.includes('sysmon'))) return `sysmon:${code}`
  if (isSecurityRange(n) && (any || specific.includes('security'))) return `security:${code}`
  return `windows:${code}`
}

function knows(source: string, code: string): boolean {
  return SOURCE_INFO.get(source)?.titles?.[code] !== undefined
}

/** Adds the category's events of the sources in scope. */
function addCategoryEvents(category: string, scope: Scope, windowsToo: boolean, out: Set<string>): void {
  const events = CATEGORY_EVENTS.get(category)
  if (events === undefined) return
  for (const id of events) {
    const source = sourceOf(id)
    const windows = isWindowsSource(source)
    if (windows && !windowsToo) continue
    if (scope.sources.has(source) || (windows && scope.anyWindows)) out.add(id)
  }
}

/** Adds the named events (`eq` values of the source's event fields) of the SaaS sources in scope. */
function addNamedEvents(scope: Scope, reading: Reading, out: Set<string>): void {
  if (reading.values.size === 0) return
  for (const source of scope.sources) {
    const fields = NAMED_EVENT_FIELDS.get(source)
    if (fields === undefined) continue
    for (const f of fields)
      for (const v of reading.values.get(f) ?? EMPTY) {
        const name = v.trim()
        if (name !== '' && !name.includes(':')) out.add(`${source}:${name}`)
      }
  }
}

/** The Windows channels of a category: its Sysmon and native events' sources. */
function categoryWindowsSources(category: string): string[] {
  const out: string[] = []
  for (const id of CATEGORY_EVENTS.get(category) ?? EMPTY) {
    const s = sourceOf(id)
    if (WINDOWS_SOURCE_SET.has(s) && !out.includes(s)) out.push(s)
  }
  return out
}

// ---------------------------------------------------------------------------------------
// Per vendor.

function sigmaEvents(rule: Rule, out: Set<string>): void {
  const ls = rule.logsource
  const product = lower(ls.product)
  const service = lower(ls.service)
  const category = lower(ls.category)
  const scope = newScope()
  let fixedChannel: string | null = null
  if (service !== '') {
    const named = PRODUCT_SERVICE_SOURCES.get(`${product}/${service}`)
    if (named !== undefined) scope.sources.add(named)
    else if (product === 'windows') {
      fixedChannel = SERVICE_ALIASES.get(service) ?? service
      scope.sources.add(fixedChannel)
    }
  }
  if (category !== '' && fixedChannel === null) {
    if (product === 'windows') {
      const sources = categoryWindowsSources(category)
      if (sources.length === 0) scope.anyWindows = true
      for (const s of sources) scope.sources.add(s)
    } else if (product === 'linux') scope.sources.add('sysmon-linux')
  }
  const reading = readPredicates(rule, product === 'windows')
  let explicit = false
  for (const { code, context } of reading.codes) {
    out.add(fixedChannel !== null ? `${fixedChannel}:${code}` : resolveCode(code, context, scope))
    explicit = true
  }
  if (category !== '') addCategoryEvents(category, scope, !explicit, out)
  addNamedEvents(scope, reading, out)
}

function elasticEvents(rule: Rule, out: Set<string>): void {
  const ls = rule.logsource
  const scope = newScope()
  const index = ls.index ?? EMPTY
  for (const pattern of index) {
    const admit = admitOfPattern(pattern)
    for (const s of admit.sources) {
      if (s === 'windows') scope.anyWindows = true
      else scope.sources.add(s)
    }
    for (const e of admit.events) scope.events.add(e)
  }
  const product = lower(ls.product)
  if (index.length === 0 && product === 'windows') scope.anyWindows = true
  const named = PRODUCT_SERVICE_SOURCES.get(`${product}/${lower(ls.service)}`)
  if (named !== undefined) scope.sources.add(named)

  const reading = readPredicates(rule, true)
  let explicit = false
  for (const { code, context } of reading.codes) {
    if (context.length === 0 && !hasWindows(scope)) continue
    out.add(resolveCode(code, context, scope))
    explicit = true
  }
  if (scope.anyWindows || scope.sources.has('security'))
    for (const action of reading.values.get('event.action') ?? EMPTY)
      for (const code of SECURITY_ACTIONS.get(action.toLowerCase()) ?? EMPTY) {
        out.add(`security:${code}`)
        explicit = true
      }
  for (const e of scope.events) out.add(e)
  let category = lower(ls.category)
  const types = reading.values.get('event.type')
  const refinements = CATEGORY_REFINEMENTS.get(category)
  if (types && refinements) {
    let refined: string | null = null
    for (const t of types) {
      const r = refinements.get(t.toLowerCase())
      if (r === undefined || (refined !== null && r !== refined)) {
        refined = null
        break
      }
      refined = r
    }
    if (refined !== null) category = refined
  }
  if (category !== '') addCategoryEvents(category, scope, !explicit, out)
  addNamedEvents(scope, reading, out)
}

function splunkEvents(rule: Rule, out: Set<string>): void {
  const ls = rule.logsource
  const scope = newScope()
  for (const sel of ls.index ?? EMPTY) {
    const s = selectorSource(sel)
    if (s !== null) scope.sources.add(s)
  }
  const product = lower(ls.product)
  const saas = PRODUCT_SERVICE_SOURCES.get(`${product}/${lower(ls.service)}`)
  if (saas !== undefined) scope.sources.add(saas)
  const names = rule.properties?.dataSources
  if (Array.isArray(names))
    for (const name of names) if (typeof name === 'string') addDataSource(name, scope, out)
  for (const id of out) scope.sources.add(sourceOf(id))

  const linux = product === 'linux' || (scope.sources.has('sysmon-linux') && !scope.sources.has('sysmon'))
  const codes = ls.eventCodes ?? EMPTY
  if (codes.length > 0 && !hasWindows(scope) && !linux) scope.anyWindows = true
  const named = new Set<string>()
  for (const id of out) if (isWindowsSource(sourceOf(id))) named.add(id.slice(id.indexOf(':') + 1))
  for (const code of codes) {
    if (code.startsWith('sysmon:')) out.add(linux ? `sysmon-linux:${code.slice(7)}` : code)
    // A code a data source name already places (`Windows Event Log System 4720`) keeps its channel.
    else if (/^\d+$/.test(code) && !named.has(code)) out.add(resolveCode(code, EMPTY, scope))
  }
  const reading = readPredicates(rule, false)
  for (const sel of ls.index ?? EMPTY) addSelectorValue(sel, reading)
  addNamedEvents(scope, reading, out)

  const category = lower(ls.category)
  if (out.size > 0 || category === '') return
  const fallback = scope.sources.size > 0 || scope.anyWindows ? scope : newScope()
  if (fallback.sources.size === 0 && !fallback.anyWindows) {
    const model = ls.dataModel ?? ''
    if (product === 'windows' || (product === '' && /^(Endpoint|Network_Resolution)\b/.test(model)))
      fallback.anyWindows = true
    else if (product === 'linux') fallback.sources.add('sysmon-linux')
  }
  addCategoryEvents(category, fallback, true, out)
}

/** A `field=value` selector of a watched field (no wildcard) as an `eq` value. */
function addSelectorValue(selector: string, reading: Reading): void {
  const eq = selector.indexOf('=')
  if (eq <= 0) return
  const field = selector.slice(0, eq)
  const value = selector.slice(eq + 1)
  if (!WATCHED_FIELDS.has(field) || value === '' || value.includes('*')) return
  const list = reading.values.get(field)
  if (list) list.push(value)
  else reading.values.set(field, [value])
}

interface NameReading {
  ids: readonly string[]
  sources: readonly string[]
}

const nameCache = new Map<string, NameReading>()

/** Adds a data source name's events (each part of `A AND B`), or its source to the scope. */
function addDataSource(name: string, scope: Scope, out: Set<string>): void {
  let found = nameCache.get(name)
  if (found === undefined) {
    found = readDataSourceName(name)
    nameCache.set(name, found)
  }
  for (const id of found.ids) out.add(id)
  for (const s of found.sources) scope.sources.add(s)
}

function readDataSourceName(name: string): NameReading {
  const ids: string[] = []
  const sources: string[] = []
  for (const part of name.split(/\s+(?:AND|OR)\s+/)) {
    const n = part.trim()
    for (const pattern of DATA_SOURCE_NAMES) {
      const m = pattern.test.exec(n)
      if (!m) continue
      ids.push(...pattern.ids(m))
      if (pattern.source) sources.push(pattern.source(m))
      break
    }
  }
  return { ids, sources }
}

function lower(s: string | undefined): string {
  return s === undefined ? '' : s.toLowerCase()
}

// ---------------------------------------------------------------------------------------
// API.

/**
 * The events a rule reads, as canonical ids (`sysmon:1`, `security:4688`,
 * `endpoint:process`), unique and in display order (compareEvents).
 */
export function eventsCovered(rule: Rule): string[] {
  const out = new Set<string>()
  switch (rule.vendor) {
    case 'sigma':
      sigmaEvents(rule, out)
      break
    case 'elastic':
      elasticEvents(rule, out)
      break
    case 'splunk':
      splunkEvents(rule, out)
      break
  }
  return [...out].sort(compareEvents)
}

export interface EventInfo {
  /** The canonical id. */
  id: string
  /** The provider or log, for display (`Sysmon`, `Security`, `Elastic Defend`). */
  provider: string
  /** The event id or name (`1`, `4688`, `process`, `ConsoleLogin`). */
  event: string
  /** What the event records (`Process creation`); `Event <id>` when unknown. */
  title: string
}

/** Display parts of an event id; an unknown source is shown as written. */
export function eventInfo(id: string): EventInfo {
  const colon = id.indexOf(':')
  const source = colon === -1 ? id : id.slice(0, colon)
  const event = colon === -1 ? '' : id.slice(colon + 1)
  const info = SOURCE_INFO.get(source)
  const known = info?.titles?.[event]
  const title =
    known ?? (event === '' ? source : /^\d+$/.test(event) || info?.named !== true ? `Event ${event}` : event)
  return { id, provider: info?.provider ?? source, event, title }
}

/** Display order: known sources in table order (Sysmon, Security, System, ...) then others by name; numeric ids numerically. */
export function compareEvents(a: string, b: string): number {
  if (a === b) return 0
  const ca = a.indexOf(':')
  const cb = b.indexOf(':')
  const sa = ca === -1 ? a : a.slice(0, ca)
  const sb = cb === -1 ? b : b.slice(0, cb)
  if (sa !== sb) {
    const ra = SOURCE_RANK.get(sa) ?? SOURCES.length
    const rb = SOURCE_RANK.get(sb) ?? SOURCES.length
    if (ra !== rb) return ra - rb
    return sa < sb ? -1 : 1
  }
  const ea = ca === -1 ? '' : a.slice(ca + 1)
  const eb = cb === -1 ? '' : b.slice(cb + 1)
  const na = /^\d+$/.test(ea) ? Number(ea) : NaN
  const nb = /^\d+$/.test(eb) ? Number(eb) : NaN
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1
  return ea < eb ? -1 : ea > eb ? 1 : 0
}
