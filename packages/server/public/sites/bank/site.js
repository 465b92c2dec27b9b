// The bank's page script: its brand handed to the zwfw provider as one `appearance` object (Stripe-style), and
// the page wiring shared with the demo pages. A bad option would be reported in the console and left out.
import { wireReceipt } from '/demo/wiring.js';

const provider = document.querySelector('zwfw-provider');
provider.appearance = {
  colorPrimary: '#00704a', colorText: '#1b2a22', borderRadius: '6px',
  fontFamily: '"PingFang SC", "Microsoft YaHei", system-ui, sans-serif', density: 'comfortable',
  dark: { colorPrimary: '#6fd3a8' },
};
wireReceipt();
