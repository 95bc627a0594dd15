/**
 * Field-name mapping tables: every vendor's field name → one canonical name, so that Sigma's
 * `Image`, Elastic's `process.executable`, Splunk's `Processes.process_path` and a raw Security
 * 4688 `NewProcessName` are one row of the catalog.
 *
 * The canonical vocabulary is ECS wherever ECS has a name. Windows event fields that ECS does
 * not name become `winlog.event_data.<Field>`, as Winlogbeat stores them and as pySigma's
 * `ecs_windows` pipeline writes them, so Sigma `GrantedAccess`, a raw Splunk `GrantedAccess`
 * and Elastic `winlog.event_data.GrantedAccess` meet. A field no table knows keeps the name
 * its rule wrote (never dropped, never given an invented prefix).
 *
 * Sources: pySigma-backend-elasticsearch `ecs_windows`, pySigma-backend-splunk
 * `splunk_cim_data_model`, the Splunk CIM data models, and the names the Elastic and Splunk
 * corpora actually use (see ../shared/reference/formats.md §4). Where they disagree the
 * choice is noted beside the row. This module is data only: `fields.ts` compiles it into
 * maps once, at load.
 *
 * To extend: add a row to the table whose scope fits (a category-scoped row wins over an
 * unscoped one), then add a case to `__tests__/normalize-fields.test.ts`.
 */

/** Where a table applies: Sigma logsource categories or services. Omitted: everywhere. */
export interface FieldTable {
  /** What the table covers, for people reading this file. */
  readonly about: string
  readonly categories?: readonly string[]
  readonly services?: readonly string[]
  /** Field as written → canonical field. */
  readonly fields: Readonly<Record<string, string>>
}

/** Prefix of Windows event fields ECS does not name (Winlogbeat, pySigma `ecs_windows`). */
export const EVENT_DATA_PREFIX = 'winlog.event_data.'

const REGISTRY_CATEGORIES = [
  'registry_add',
  'registry_delete',
  'registry_event',
  'registry_rename',
  'registry_set'
] as const

const FILE_CATEGORIES = [
  'create_stream_hash',
  'file_access',
  'file_block_executable',
  'file_block_shredding',
  'file_change',
  'file_delete',
  'file_delete_detected',
  'file_event',
  'file_executable_detected',
  'file_rename',
  'raw_access_read'
] as const

/**
 * Categories whose events follow the Sysmon field names on every product (Sysmon for Linux,
 * macOS process events in Sigma), so the Windows event tables apply to them even when the
 * product is not `windows`. On Windows the tables apply to every logsource.
 */
export const EVENT_CATEGORIES: readonly string[] = [
  'process_creation',
  'process_termination',
  'network_connection',
  'dns_query',
  'image_load',
  'driver_load',
  'process_access',
  'create_remote_thread',
  'pipe_created',
  'raw_access_thread',
  ...FILE_CATEGORIES,
  ...REGISTRY_CATEGORIES
]

/**
 * Windows event fields (Sysmon, Security and System audit events, PowerShell) as Sigma writes
 * them, as raw Splunk searches over WinEventLog/Sysmon write them, and as Elastic writes
 * them after `winlog.event_data.`. Rows are scoped by category only: Elastic and Splunk
 * rules have no Sigma service, so a name must mean one thing on every Windows channel.
 */
export const WINDOWS_EVENT_FIELDS: readonly FieldTable[] = [
  {
    about: 'Common to every Windows event (Sysmon, Security, System, ...)',
    fields: {
      EventID: 'event.code',
      Channel: 'winlog.channel',
      Provider_Name: 'winlog.provider_name',
      Computer: 'host.name', // pySigma splunk: Computer → <dataset>.dest
      ComputerName: 'host.name', // pySigma: winlog.computer_name, an alias of the host name
      User: 'user.name',
      // Sysmon: the process behind the event
      Image: 'process.executable',
      CommandLine: 'process.command_line',
      CurrentDirectory: 'process.working_directory',
      ProcessId: 'process.pid',
      ProcessGuid: 'process.entity_id',
      ParentImage: 'process.parent.executable',
      ParentCommandLine: 'process.parent.command_line',
      ParentProcessId: 'process.parent.pid',
      ParentProcessGuid: 'process.parent.entity_id',
      Hashes: 'winlog.event_data.Hashes', // pySigma: no ECS name (the Sysmon `SHA256=…,IMPHASH=…` list)
      IntegrityLevel: 'winlog.event_data.IntegrityLevel',
      TargetFilename: 'file.path',
      FileName: 'file.path', // file_access (Kernel-File ETW) and Security object access
      Device: 'file.path', // raw_access_thread
      QueryName: 'dns.question.name', // Sysmon 22, DNS Client 3008
      SourceIp: 'source.ip',
      SourcePort: 'source.port',
      SourceHostname: 'source.domain',
      DestinationIp: 'destination.ip',
      DestinationPort: 'destination.port',
      DestinationHostname: 'destination.domain',
      DestinationPortName: 'network.protocol',
      // PowerShell 4104 / 4103 and classic 400/800 (pySigma maps Payload like ScriptBlockText)
      ScriptBlockText: 'powershell.file.script_block_text',
      ScriptBlockId: 'powershell.file.script_block_id',
      Payload: 'powershell.file.script_block_text',
      HostApplication: 'process.command_line',
      ScriptName: 'file.path',
      CommandName: 'powershell.command.name',
      CommandPath: 'powershell.command.path',
      CommandType: 'powershell.command.type',
      // Security audit events (4688 process creation, 4624/4625 logon, 5156 WFP, 4697, ...)
      NewProcessName: 'process.executable',
      NewProcessId: 'process.pid',
      ParentProcessName: 'process.parent.executable', // pySigma: process.parent.name, but 4688 gives a full path
      ProcessName: 'process.executable',
      Application: 'process.executable', // 5156/5157
      SubjectUserName: 'user.name',
      SubjectDomainName: 'user.domain',
      SubjectUserSid: 'user.id',
      SubjectLogonId: 'winlog.logon.id',
      AccountName: 'user.name',
      AccountDomain: 'user.domain',
      IpAddress: 'source.ip',
      IpPort: 'source.port',
      WorkstationName: 'source.domain',
      ClientAddress: 'source.ip',
      ClientName: 'source.domain',
      SourceAddress: 'source.ip',
      DestAddress: 'destination.ip',
      DestPort: 'destination.port',
      // Services: Security 4697 and System 7045 (pySigma scopes this row to Security; Elastic
      // writes `service.name` for both)
      ServiceName: 'service.name'
    }
  },
  {
    about: 'Process creation (Sysmon 1, Security 4688): PE metadata of the new process',
    categories: ['process_creation'],
    fields: {
      OriginalFileName: 'process.pe.original_file_name',
      Description: 'process.pe.description',
      Product: 'process.pe.product',
      Company: 'process.pe.company',
      FileVersion: 'process.pe.file_version'
    }
  },
  {
    about: 'Image and driver loads (Sysmon 7, 6): the loaded module, under dll.* as Elastic Defend has it',
    categories: ['image_load', 'driver_load'],
    fields: {
      ImageLoaded: 'dll.path', // pySigma: file.path; Elastic library/driver rules use dll.*
      OriginalFileName: 'dll.pe.original_file_name',
      Description: 'dll.pe.description',
      Product: 'dll.pe.product',
      Company: 'dll.pe.company',
      FileVersion: 'dll.pe.file_version',
      Signed: 'dll.code_signature.exists', // pySigma: file.code_signature.signed, not an ECS field
      Signature: 'dll.code_signature.subject_name',
      SignatureStatus: 'dll.code_signature.status'
    }
  },
  {
    about: 'Process access and remote threads (Sysmon 10, 8): the source process is the actor',
    categories: ['process_access', 'create_remote_thread'],
    fields: {
      SourceImage: 'process.executable',
      SourceProcessId: 'process.pid',
      SourceProcessGuid: 'process.entity_id',
      SourceProcessGUID: 'process.entity_id',
      SourceThreadId: 'process.thread.id',
      SourceCommandLine: 'process.command_line',
      // pySigma has no ECS names for the target or the access mask
      TargetImage: 'winlog.event_data.TargetImage',
      GrantedAccess: 'winlog.event_data.GrantedAccess',
      CallTrace: 'winlog.event_data.CallTrace'
    }
  },
  {
    about: 'Registry events (Sysmon 12-14)',
    categories: REGISTRY_CATEGORIES,
    fields: {
      TargetObject: 'registry.path',
      Details: 'registry.data.strings' // pySigma: winlog.event_data.Details; Elastic writes registry.data.strings
    }
  },
  {
    about: 'Network connections (Sysmon 3)',
    categories: ['network_connection'],
    fields: {
      Initiated: 'network.direction',
      Protocol: 'network.transport'
    }
  },
  {
    about: 'Named pipes (Sysmon 17, 18)',
    categories: ['pipe_created'],
    fields: { PipeName: 'file.name' }
  },
  {
    about: 'PowerShell script blocks (4104): the script file',
    categories: ['ps_script'],
    fields: { Path: 'file.path' } // Winlogbeat's powershell module; Elastic rules use file.path
  },
  {
    about: 'File rename (Kernel-File ETW)',
    categories: ['file_rename'],
    fields: { FilePath: 'file.path' }
  }
]

/**
 * Windows services whose logs are not event logs (W3C text logs): their fields do not get the
 * `winlog.event_data.` prefix.
 */
export const NON_EVENT_LOG_SERVICES: readonly string[] = ['iis']

/** Other logs read by both Sigma and raw Splunk searches, under their own field names. */
export const LOG_FIELDS: readonly FieldTable[] = [
  {
    about: 'Proxy logs (Sigma `category: proxy`, W3C-style names)',
    categories: ['proxy'],
    fields: {
      'c-uri': 'url.original',
      'cs-uri': 'url.original',
      'c-uri-query': 'url.query',
      'cs-uri-query': 'url.query',
      'c-uri-stem': 'url.path',
      'cs-uri-stem': 'url.path',
      'c-uri-extension': 'url.extension',
      'c-useragent': 'user_agent.original',
      'cs-host': 'url.domain',
      'cs-method': 'http.request.method',
      'cs-referrer': 'http.request.referrer',
      'sc-status': 'http.response.status_code',
      'cs-bytes': 'http.request.bytes',
      'sc-bytes': 'http.response.bytes',
      'cs-version': 'http.version',
      'r-dns': 'destination.domain',
      src_ip: 'source.ip',
      dst_ip: 'destination.ip'
    }
  },
  {
    about: 'Web server access logs (Sigma `category: webserver`, Windows `service: iis`, W3C names)',
    categories: ['webserver'],
    services: ['iis'],
    fields: {
      'cs-uri-query': 'url.query',
      'cs-uri-stem': 'url.path',
      'cs-method': 'http.request.method',
      'sc-status': 'http.response.status_code',
      'cs-user-agent': 'user_agent.original',
      'cs-referer': 'http.request.referrer',
      'cs-host': 'url.domain',
      'cs-username': 'user.name',
      'c-ip': 'source.ip',
      's-ip': 'destination.ip',
      's-port': 'destination.port',
      'cs-bytes': 'http.request.bytes',
      'sc-bytes': 'http.response.bytes',
      'cs-version': 'http.version'
    }
  },
  {
    about: 'DNS logs (Sigma `category: dns`, Zeek `service: dns`)',
    categories: ['dns'],
    services: ['dns'],
    fields: {
      query: 'dns.question.name',
      answer: 'dns.answers.data',
      record_type: 'dns.question.type'
    }
  },
  {
    about: 'GitHub audit log (Sigma `product: github, service: audit`; Elastic github integration names)',
    services: ['audit'],
    fields: { action: 'event.action' }
  },
  {
    about: 'AWS CloudTrail records (Elastic aws.cloudtrail integration names)',
    services: ['cloudtrail'],
    fields: {
      eventName: 'event.action',
      eventSource: 'event.provider',
      errorCode: 'aws.cloudtrail.error_code',
      errorMessage: 'aws.cloudtrail.error_message',
      eventType: 'aws.cloudtrail.event_type',
      sourceIPAddress: 'source.ip',
      userAgent: 'user_agent.original',
      awsRegion: 'cloud.region',
      recipientAccountId: 'cloud.account.id',
      'userIdentity.type': 'aws.cloudtrail.user_identity.type',
      'userIdentity.arn': 'aws.cloudtrail.user_identity.arn',
      'userIdentity.invokedBy': 'aws.cloudtrail.user_identity.invoked_by',
      'userIdentity.accessKeyId': 'aws.cloudtrail.user_identity.access_key_id'
    }
  }
]

/**
 * Splunk CIM fields, as the SPL reader gives them (the dataset prefix dropped:
 * `Processes.process_name` → `process_name`). CIM names are lowercase; they are matched
 * case-insensitively. These rows hold in every dataset; `CIM_DATASET_FIELDS` adds the names
 * whose meaning depends on the dataset. They also cover the Splunk add-ons' aliases of the
 * same names in raw Sysmon and WinEventLog searches.
 */
export const CIM_FIELDS: Readonly<Record<string, string>> = {
  process_name: 'process.name',
  process_exec: 'process.name',
  process_path: 'process.executable',
  process_id: 'process.pid',
  process_guid: 'process.entity_id',
  process_hash: 'winlog.event_data.Hashes', // Splunk data_sources: Hashes → Processes.process_hash
  process_current_directory: 'process.working_directory',
  process_integrity_level: 'winlog.event_data.IntegrityLevel',
  original_file_name: 'process.pe.original_file_name',
  parent_process: 'process.parent.command_line',
  parent_process_name: 'process.parent.name',
  parent_process_exec: 'process.parent.name',
  parent_process_path: 'process.parent.executable',
  parent_process_id: 'process.parent.pid',
  parent_process_guid: 'process.parent.entity_id',
  user: 'user.name',
  file_name: 'file.name',
  file_path: 'file.path',
  file_extension: 'file.extension',
  registry_path: 'registry.path',
  registry_key_name: 'registry.path', // pySigma maps TargetObject here; the corpus prefers registry_path
  registry_value_name: 'registry.value',
  registry_value_data: 'registry.data.strings',
  dest_ip: 'destination.ip',
  dest_port: 'destination.port',
  src_ip: 'source.ip',
  src_port: 'source.port',
  http_user_agent: 'user_agent.original',
  service_name: 'service.name',
  // Sysmon add-on aliases
  granted_access: 'winlog.event_data.GrantedAccess',
  loaded_file: 'dll.name',
  loaded_file_path: 'dll.path'
}

/** CIM fields whose meaning depends on the dataset (`Processes.process` is the command line). */
export const CIM_DATASET_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Processes: { process: 'process.command_line', dest: 'host.name' },
  Filesystem: { dest: 'host.name' },
  Registry: { dest: 'host.name' },
  Services: { dest: 'host.name' },
  All_Traffic: {
    app: 'network.protocol', // the application protocol (smb, tor), not the program
    transport: 'network.transport',
    direction: 'network.direction'
  },
  DNS: {
    query: 'dns.question.name',
    answer: 'dns.answers.data',
    record_type: 'dns.question.type',
    reply_code: 'dns.response_code'
  },
  Web: {
    url: 'url.original',
    url_domain: 'url.domain',
    uri_path: 'url.path',
    uri_query: 'url.query',
    http_method: 'http.request.method',
    http_referrer: 'http.request.referrer',
    status: 'http.response.status_code'
  }
}

/**
 * The dataset of a data model named without one (`datamodel=Network_Traffic` is
 * `All_Traffic`); a name with a dataset (`Endpoint.Processes`) uses its last part.
 */
export const CIM_ROOT_DATASETS: Readonly<Record<string, string>> = {
  Network_Traffic: 'All_Traffic',
  Network_Resolution: 'DNS',
  Change: 'All_Changes',
  Risk: 'All_Risk',
  Web: 'Web',
  Authentication: 'Authentication',
  Email: 'All_Email',
  Intrusion_Detection: 'IDS_Attacks'
}

/** The CIM dataset whose names a raw Splunk search of this category uses (add-on aliases). */
export const CIM_CATEGORY_DATASETS: Readonly<Record<string, string>> = {
  process_creation: 'Processes',
  ...Object.fromEntries(FILE_CATEGORIES.map(c => [c, 'Filesystem'])),
  ...Object.fromEntries(REGISTRY_CATEGORIES.map(c => [c, 'Registry'])),
  network_connection: 'All_Traffic',
  dns_query: 'DNS',
  proxy: 'Web',
  webserver: 'Web'
}

/**
 * Raw Windows names only Splunk writes (matched exactly): the event code, older Windows
 * add-on aliases, and the rendered `Message`.
 */
export const SPLUNK_RAW_FIELDS: Readonly<Record<string, string>> = {
  EventCode: 'event.code',
  Process_Command_Line: 'process.command_line',
  New_Process_Name: 'process.executable',
  Creator_Process_Name: 'process.parent.executable',
  Logon_Type: 'winlog.event_data.LogonType',
  Message: 'message'
}

/** Elastic names that are another spelling of a canonical field. */
export const ELASTIC_FIELDS: Readonly<Record<string, string>> = {
  'process.name.caseless': 'process.name', // the endpoint's case-folded copy of process.name
  'winlog.event_id': 'event.code',
  'winlog.computer_name': 'host.name'
}
