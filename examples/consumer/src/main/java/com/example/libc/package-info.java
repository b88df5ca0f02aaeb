@BindingSpec("libc.yaml")
package com.example.libc;

import dev.ffmbind.annotation.BindingSpec;
