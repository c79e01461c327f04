/**
 * A small test network on one machine: a switch namespace holding a Linux bridge, and one
 * network namespace per test host, each joined to the bridge by a veth pair, so traffic
 * between hosts crosses a real network stack. Hosts get 10.203.<net>.<k>/24 — addresses that
 * exist only inside these namespaces, which the test makes and removes itself. Needs root
 * (`ip netns`, from iproute2).
 */
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface TestHost {
  name: string;
  /** The namespace the host's processes run in. */
  namespace: string;
  address: string;
  /** The veth end on the switch side: setting it down cuts this host off. */
  switchPort: string;
}

export interface TestNetwork {
  hosts: Map<string, TestHost>;
  /** Start `command args` inside a host's namespace. */
  spawnOn(host: string, command: string, args: string[], options?: SpawnOptions): ChildProcess;
  /** Cut (or restore) a host's link to the switch. */
  setLink(host: string, up: boolean): void;
  destroy(): void;
}

function ip(args: string[]): void {
  execFileSync('ip', args, { stdio: 'pipe' });
}

/** True where this process may create network namespaces (root with iproute2). */
export function canCreateNamespaces(): boolean {
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'pipe' });
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}

export function createTestNetwork(hostNames: string[]): TestNetwork {
  // A per-process tag keeps parallel test files (and leftovers of killed runs) apart.
  const tag = `e${process.pid % 100000}`;
  const net = 1 + (process.pid % 250);
  const switchNs = `${tag}-sw`;
  const hosts = new Map<string, TestHost>();
  const created: string[] = [];
  try {
    ip(['netns', 'add', switchNs]);
    created.push(switchNs);
    ip(['-n', switchNs, 'link', 'add', 'br0', 'type', 'bridge']);
    ip(['-n', switchNs, 'link', 'set', 'br0', 'up']);
    hostNames.forEach((name, k) => {
      const namespace = `${tag}-${name}`;
      const hostEnd = `${tag}h${k}`;
      const switchPort = `${tag}s${k}`;
      ip(['netns', 'add', namespace]);
      created.push(namespace);
      ip(['-n', namespace, 'link', 'add', hostEnd, 'type', 'veth', 'peer', 'name', switchPort, 'netns', switchNs]);
      ip(['-n', switchNs, 'link', 'set', switchPort, 'master', 'br0']);
      ip(['-n', switchNs, 'link', 'set', switchPort, 'up']);
      const address = `10.203.${net}.${k + 2}`;
      ip(['-n', namespace, 'addr', 'add', `${address}/24`, 'dev', hostEnd]);
      ip(['-n', namespace, 'link', 'set', hostEnd, 'up']);
      ip(['-n', namespace, 'link', 'set', 'lo', 'up']);
      hosts.set(name, { name, namespace, address, switchPort });
    });
  } catch (err) {
    for (const ns of created.reverse()) ip(['netns', 'del', ns]);
    throw err;
  }
  const children: ChildProcess[] = [];
  return {
    hosts,
    spawnOn(host, command, args, options = {}) {
      const h = hosts.get(host);
      if (!h) throw new Error(`no test host ${host}`);
      const child = spawn('ip', ['netns', 'exec', h.namespace, command, ...args], { stdio: 'pipe', ...options });
      children.push(child);
      return child;
    },
    setLink(host, up) {
      const h = hosts.get(host);
      if (!h) throw new Error(`no test host ${host}`);
      ip(['-n', switchNs, 'link', 'set', h.switchPort, up ? 'up' : 'down']);
    },
    destroy() {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      // Deleting a namespace removes its veth ends too.
      for (const ns of created.reverse()) {
        try {
          ip(['netns', 'del', ns]);
        } catch {
          // already gone
        }
      }
    },
  };
}
